import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    globalSetup: ['__tests__/global-setup.ts'],
    reporters: ['default', './__tests__/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests share one Postgres server and Airflow virtualenv cache.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
