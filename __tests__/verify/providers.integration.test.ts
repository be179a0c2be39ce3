import { dockerSocketAnswers } from './docker.js';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { CleanupTracker, type CleanupState, cleanupFromState } from '../../src/verify/cleanup.js';
import { LocalProvider, findPostgresBinaries } from '../../src/verify/providers/local.js';
import { TestcontainersProvider } from '../../src/verify/providers/testcontainers.js';
import { processesMentioning, survivors } from './helpers.js';

const MINUTES = 60_000;

async function selectOne(libpqUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: libpqUrl });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one ?? 0;
  } finally {
    await client.end();
  }
}

describe('local provider (integration, real PostgreSQL binaries)', () => {
  it('starts a throwaway cluster (as an unprivileged user when root) and removes it entirely', async () => {
    const binaries = await findPostgresBinaries();
    expect(binaries).toBeDefined();
    const states: CleanupState[] = [];
    const provider = new LocalProvider({ tracker: new CleanupTracker((s) => states.push(s)), log: () => {} }, binaries!);
    const started = await provider.start();
    expect(started.created).toBe(true);
    expect(started.url).toMatch(/^postgresql\+psycopg2:\/\/postgres@127\.0\.0\.1:\d+\/airflow$/);
    expect(await selectOne(started.libpqUrl)).toBe(1);

    const cluster = states.at(-1)?.clusters[0];
    expect(cluster?.pid).toBeGreaterThan(0);
    if (process.getuid?.() === 0) {
      const owner = execFileSync('ps', ['-o', 'user=', '-p', String(cluster?.pid)], { encoding: 'utf8' }).trim();
      expect(owner).not.toBe('root');
    }
    await provider.stop();
    expect(await survivors([cluster!.pid!])).toEqual([]);
    expect(existsSync(states[0]!.tempDirs[0]!)).toBe(false);
    expect(states.at(-1)).toEqual({ tempDirs: [], clusters: [], processGroups: [], containerIds: [] });
  }, 5 * MINUTES);

  it('a cluster the main step never stopped is removed from the saved state alone (the post step)', async () => {
    const states: CleanupState[] = [];
    const provider = new LocalProvider({ tracker: new CleanupTracker((s) => states.push(s)), log: () => {} }, (await findPostgresBinaries())!);
    await provider.start();
    // The main step "dies" here: only the saved state is left.
    const saved = JSON.parse(JSON.stringify(states.at(-1))) as CleanupState;
    const problems = await cleanupFromState(saved);
    expect(problems).toEqual([]);
    expect(await survivors([saved.clusters[0]!.pid!])).toEqual([]);
    expect(processesMentioning(saved.clusters[0]!.dataDir)).toEqual([]);
    expect(existsSync(saved.tempDirs[0]!)).toBe(false);
  }, 5 * MINUTES);
});

const hasDocker = await dockerSocketAnswers();
if (!hasDocker) console.log('skipping the real testcontainers test: no Docker engine answers on /var/run/docker.sock');

describe('testcontainers provider (integration, real Docker)', () => {
  it.skipIf(!hasDocker)('starts postgres:17, hands out working URLs and removes the container', async () => {
    const states: CleanupState[] = [];
    const provider = new TestcontainersProvider({ tracker: new CleanupTracker((s) => states.push(s)), log: () => {} });
    try {
      const started = await provider.start();
      expect(started.url).toMatch(/^postgresql\+psycopg2:\/\//);
      expect(await selectOne(started.libpqUrl)).toBe(1);
      expect(states.at(-1)?.containerIds).toHaveLength(1);
    } finally {
      await provider.stop();
    }
    expect(states.at(-1)?.containerIds).toEqual([]);
  }, 10 * MINUTES);
});
