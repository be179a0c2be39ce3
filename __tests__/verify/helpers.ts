import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { MetastoreFacts } from '../../src/knowledge/types.js';
import type { CleanupState } from '../../src/verify/cleanup.js';
import type { VerifyIO } from '../../src/verify/run.js';
import { airflowBin } from '../helpers/airflow.js';
import { createTestDatabase } from '../helpers/postgres.js';

export const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

/** A VerifyIO that records output and every cleanup state the run saved. */
export function recordingIO(onPhase?: (phase: string, states: CleanupState[]) => void): VerifyIO & {
  lines: string[];
  states: CleanupState[];
} {
  const lines: string[] = [];
  const states: CleanupState[] = [];
  return {
    lines,
    states,
    log: (line) => lines.push(line),
    group: async (title, fn) => {
      lines.push(`## ${title}`);
      return fn();
    },
    saveState: (state) => states.push(state),
    onPhase: (phase) => onPhase?.(phase, states),
  };
}

const factsCache = new Map<string, MetastoreFacts>();

/**
 * The expected metastore for a release: the generated knowledge file when it exists, otherwise what a
 * reference `airflow db migrate` with Airflow's default configuration creates on a fresh database.
 */
export async function expectedFacts(version: string, venv: string): Promise<MetastoreFacts> {
  const cached = factsCache.get(version);
  if (cached) return cached;
  const file = join(import.meta.dirname, '..', '..', 'src', 'knowledge', 'data', `airflow-${version}.json`);
  if (existsSync(file)) {
    const facts = (JSON.parse(readFileSync(file, 'utf8')) as { metastore: MetastoreFacts }).metastore;
    factsCache.set(version, facts);
    return facts;
  }
  const db = await createTestDatabase('apf_reference');
  const home = mkdtempSync(join(tmpdir(), 'apf-reference-'));
  try {
    const url = db.url.replace(/^postgresql:/, 'postgresql+psycopg2:');
    const migrate = version.startsWith('2.') && Number(version.split('.')[1]) < 7 ? ['db', 'init'] : ['db', 'migrate'];
    execFileSync(airflowBin(venv), migrate, {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, AIRFLOW_HOME: home, AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: url },
      stdio: 'ignore',
      timeout: 10 * 60_000,
    });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const head = await client.query<{ version_num: string }>('SELECT version_num FROM alembic_version');
    await client.end();
    const facts: MetastoreFacts = {
      tables: tables.rows.map((r) => r.name),
      migrationHead: head.rows[0]?.version_num ?? '',
      migrateCommand: migrate,
      supportedDialects: ['postgresql'],
    };
    factsCache.set(version, facts);
    return facts;
  } finally {
    rmSync(home, { recursive: true, force: true });
    await db.drop();
  }
}

/** Every path and postmaster the run ever recorded for cleanup. */
export function everythingRecorded(states: readonly CleanupState[]): { dirs: string[]; dataDirs: string[]; pids: number[] } {
  const dirs = new Set<string>();
  const dataDirs = new Set<string>();
  const pids = new Set<number>();
  for (const state of states) {
    for (const dir of state.tempDirs) dirs.add(dir);
    for (const cluster of state.clusters) {
      dataDirs.add(cluster.dataDir);
      if (cluster.pid !== undefined) pids.add(cluster.pid);
    }
    for (const pid of state.processGroups) pids.add(pid);
  }
  return { dirs: [...dirs], dataDirs: [...dataDirs], pids: [...pids] };
}

/** Command lines of running processes that mention the text (a cluster's data directory, for one). */
export function processesMentioning(text: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(text) && !line.includes('ps -eo'));
}
