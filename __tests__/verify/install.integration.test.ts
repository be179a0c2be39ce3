// Fault injection (issue #12): an install-airflow of a release that does not exist fails with pip's
// own verdict and leaves no partial virtualenv in the cache.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installAirflow } from '../../src/verify/airflow.js';

const cache = mkdtempSync(join(tmpdir(), 'apf-install-test-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('install-airflow of a release that does not exist (integration, real pip)', () => {
  it("fails with pip's error line and removes the partial virtualenv", async () => {
    const lines: string[] = [];
    const io = { log: (line: string) => lines.push(line), group: <T>(_title: string, fn: () => Promise<T>) => fn() };
    const failure = await installAirflow('9.9.9', io, { cacheDir: cache }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure?.name).toBe('VerifyError');
    expect(failure?.message).toMatch(/^Installing Airflow failed at `\S+\/pip install .*apache-airflow\[postgres\]==9\.9\.9.*`: ERROR: No matching distribution found for apache-airflow(\[postgres\])?==9\.9\.9$/);
    expect(readdirSync(join(cache, 'venvs'))).toEqual([]);
  }, 10 * 60_000);
});
