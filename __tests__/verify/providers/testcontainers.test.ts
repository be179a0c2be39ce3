import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CleanupTracker, type CleanupState } from '../../../src/verify/cleanup.js';
import { TestcontainersProvider } from '../../../src/verify/providers/testcontainers.js';

const fake = vi.hoisted(() => ({
  startError: undefined as Error | undefined,
  image: '',
  stopped: [] as unknown[],
}));

vi.mock('@testcontainers/postgresql', () => {
  class PostgreSqlContainer {
    constructor(image: string) {
      fake.image = image;
    }
    withDatabase() {
      return this;
    }
    withUsername() {
      return this;
    }
    withPassword() {
      return this;
    }
    withCommand() {
      return this;
    }
    async start() {
      if (fake.startError) throw fake.startError;
      return {
        getId: () => 'c0ffee1234567890',
        getConnectionUri: () => 'postgres://airflow:s3cret-pass@localhost:32771/airflow',
        stop: async (options: unknown) => {
          fake.stopped.push(options);
        },
      };
    }
  }
  return { PostgreSqlContainer };
});

describe('TestcontainersProvider (module mocked)', () => {
  let states: CleanupState[];
  let provider: TestcontainersProvider;
  beforeEach(() => {
    fake.startError = undefined;
    fake.stopped = [];
    states = [];
    provider = new TestcontainersProvider({ tracker: new CleanupTracker((s) => states.push(s)), log: () => {} });
  });

  it('hands Airflow a postgresql+psycopg2:// URL and pg a postgresql:// one (testcontainers gives postgres://)', async () => {
    const started = await provider.start();
    expect(fake.image).toBe('postgres:17');
    expect(started).toEqual({
      url: 'postgresql+psycopg2://airflow:s3cret-pass@localhost:32771/airflow',
      libpqUrl: 'postgresql://airflow:s3cret-pass@localhost:32771/airflow',
      created: true,
    });
  });

  it('records the container for the post step and forgets it once removed', async () => {
    await provider.start();
    expect(states.at(-1)?.containerIds).toEqual(['c0ffee1234567890']);
    await provider.stop();
    expect(fake.stopped).toEqual([{ remove: true, removeVolumes: true }]);
    expect(states.at(-1)?.containerIds).toEqual([]);
  });

  it('turns a missing Docker engine into one actionable line', async () => {
    fake.startError = new Error('Could not find a working container runtime strategy');
    await expect(provider.start()).rejects.toThrow(
      'No Docker engine answers, so the testcontainers provider cannot start Postgres: set database-url (for example a `services: postgres` container) or use database: local.',
    );
    await provider.stop();
    expect(fake.stopped).toEqual([]);
  });

  it('names the image when the container itself fails', async () => {
    fake.startError = new Error('pull access denied for postgres:99\nmore detail');
    const custom = new TestcontainersProvider({ tracker: new CleanupTracker(), log: () => {} }, 'postgres:99');
    await expect(custom.start()).rejects.toThrow('Could not start the Postgres container postgres:99: pull access denied for postgres:99');
  });
});

describe('containerError on an old Node', () => {
  it("names the Node version and the alternatives instead of testcontainers' own TypeError", async () => {
    const { containerError } = await import('../../../src/verify/providers/testcontainers.js');
    const error = containerError(new TypeError("Cannot read properties of undefined (reading 'bind')"), 'postgres:17', '20.20.2');
    expect(error.message).toBe(
      'The testcontainers provider needs Node 22 or newer, and this is Node 20.20.2: run on Node 24 (the action\'s runtime), or use database: local or database-url.',
    );
  });
});
