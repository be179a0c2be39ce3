// Benchmark 4: time to a ready throwaway Postgres per provider, and a whole `verify` against
// `airflow db migrate` alone on the same kind of database.
// Run: npm run bench:verify   (BENCH_RUNS=N to change the number of runs; needs Python 3 and PostgreSQL)
import { pathToFileURL } from 'node:url';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import pg from 'pg';
import { formatTime, measureOnce, ms, stats, summarise } from './lib/measure.mjs';
import { airflowEnv, airflowVenv, BENCH_AIRFLOW, bundle, check, CLI, defaultDump, machine, NODE, progress, REPO, runs } from './lib/setup.mjs';

export const LOCAL_READY_TARGET_MS = 2000;
/** verify may take at most this many times a bare `airflow db migrate` on the same kind of database (issue #12). */
export const RATIO_TARGET = 1.3;
const SERVER = 'postgresql://postgres@127.0.0.1:5432';
const PROBE = join(REPO, 'bench', '.out', 'verify-probe.mjs');

/** The provider API of src/verify/, bundled so Node runs it as is; packages stay in node_modules. */
async function buildProbe() {
  await build({
    entryPoints: [join(REPO, 'bench', 'lib', 'verify-probe.ts')],
    outfile: PROBE,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'warning',
  });
}

function probe(args) {
  const run = check(spawnSync(NODE, [PROBE, ...args], { encoding: 'utf8' }), `verify-probe ${args.join(' ')}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1));
}

/** A throwaway database for one run, and its removal. */
async function emptyDatabase(kind) {
  if (kind === 'url') {
    const name = `apf_bench_${process.pid}_${Date.now()}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    return { url: `${SERVER}/${name}`, drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  // A local cluster from the verify code's own provider, held by a child process until stdin closes.
  const child = spawn(NODE, [PROBE, 'hold', 'local'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`verify-probe hold local exited with ${code}`)));
  });
  const started = JSON.parse(line);
  return {
    url: started.libpqUrl,
    drop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.stdin.end();
      }),
  };
}

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freshHome(cfg) {
  const home = mkdtempSync(join(tmpdir(), 'apf-bench-airflow-'));
  copyFileSync(cfg, join(home, 'airflow.cfg'));
  for (const dir of ['dags', 'plugins', 'logs']) mkdirSync(join(home, dir));
  return home;
}

/** `airflow db migrate` alone, as a user would run it against the database. */
async function migrateAlone(kind, venv, cfg) {
  const database = await emptyDatabase(kind);
  const home = freshHome(cfg);
  try {
    const url = database.url.replace(/^postgresql:/, 'postgresql+psycopg2:');
    const env = airflowEnv(home, {
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: url,
      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC: url.replace(/^postgresql\+psycopg2:/, 'postgresql+asyncpg:'),
      PYTHONUNBUFFERED: '1',
    });
    return measureOnce(join(venv, 'bin', 'airflow'), ['db', 'migrate'], { env, label: 'airflow db migrate' });
  } finally {
    await database.drop();
    rmSync(home, { recursive: true, force: true });
  }
}

/** The whole verify command: Postgres, `airflow version`, `airflow db migrate`, the checks, cleanup. */
async function verify(kind, venv, cfg) {
  const database = kind === 'url' ? await emptyDatabase('url') : undefined;
  try {
    const args = ['--', CLI, 'verify', '--airflow-command', join(venv, 'bin', 'airflow'), '--database', kind, '--format', 'json'];
    if (database) args.push('--database-url', database.url);
    const sample = measureOnce(NODE, [...args, cfg], { label: 'airflow-preflight verify' });
    const result = JSON.parse(sample.stdout);
    if (!result.verified) throw new Error(`verify did not verify the dump: ${JSON.stringify(result.checks.filter((c) => !c.ok))}`);
    return { ...sample, timings: result.timings };
  } finally {
    await database?.drop();
  }
}

export async function benchVerify() {
  bundle();
  check(spawnSync('bash', [join(REPO, 'scripts', 'ensure-postgres.sh')], { stdio: 'inherit' }), 'ensure-postgres.sh');
  const venv = airflowVenv();
  const cfg = defaultDump(venv);
  await buildProbe();

  const ready = [];
  for (const provider of ['local', 'url', 'testcontainers']) {
    progress(`ready Postgres: ${provider}`);
    const url = provider === 'url' ? await emptyDatabase('url') : undefined;
    try {
      ready.push({ provider, ...probe(['ready', provider, String(runs(provider === 'local' ? 10 : 5)), ...(url ? [url.url] : [])]) });
    } finally {
      await url?.drop();
    }
  }
  // The url provider is handed a database that exists: what it costs to make one is timed here.
  const creates = [];
  for (let i = 0; i < runs(5); i += 1) {
    const started = performance.now();
    const database = await emptyDatabase('url');
    creates.push(performance.now() - started);
    await database.drop();
  }

  const comparisons = [];
  for (const kind of ['local', 'url']) {
    const migrate = [];
    const whole = [];
    for (let i = 0; i < runs(3); i += 1) {
      progress(`${kind}: airflow db migrate alone (${i + 1})`);
      migrate.push(await migrateAlone(kind, venv, cfg));
      progress(`${kind}: airflow-preflight verify (${i + 1})`);
      whole.push(await verify(kind, venv, cfg));
    }
    comparisons.push({ kind, migrate: summarise(migrate), verify: summarise(whole), phases: phaseMedians(whole) });
  }
  return report({ ready, creates: stats(creates), comparisons });
}

/** verify's median wall time over the bare migration's; with `phases`, less the database's start and removal. */
function ratio(whole, migrate, phases) {
  const provisioning = phases === undefined ? 0 : (phases.database ?? 0) + (phases.cleanup ?? 0);
  return (whole.wall.median - provisioning) / migrate.wall.median;
}

function phaseMedians(samples) {
  const names = [...new Set(samples.flatMap((sample) => Object.keys(sample.timings)))];
  return Object.fromEntries(names.map((name) => [name, stats(samples.map((sample) => sample.timings[name] ?? 0)).median]));
}

function report({ ready, creates, comparisons }) {
  const readyRow = ({ provider, samples, skipped }) => {
    if (skipped) return `| ${provider} | – | skipped: ${skipped} | – |`;
    const s = stats(samples);
    return `| ${provider} | ${samples.length} | ${formatTime(s)} | ${ms(s.min)}–${ms(s.max)} |`;
  };
  const local = ready.find((entry) => entry.provider === 'local');
  const localMedian = local?.samples ? stats(local.samples).median : undefined;
  const lines = [
    '### Verify: throwaway Postgres and the whole verification',
    '',
    `Machine: ${machine()}.`,
    '',
    'Time until the provider hands over a ready, empty database (`selectProvider(…)` then `start()`, in-process; `stop()` after each run):',
    '',
    '| provider | runs | median (IQR) | min–max |',
    '| --- | ---: | ---: | ---: |',
    ...ready.map(readyRow),
    '',
    `The url provider only checks that the database it is given is empty; creating that database (\`CREATE DATABASE\` on ${SERVER}) took ${ms(creates.median)} (median of ${runs(5)}).`,
    `Target: local cluster ready in ≤ ${ms(LOCAL_READY_TARGET_MS)}: **${localMedian !== undefined && localMedian <= LOCAL_READY_TARGET_MS ? 'met' : 'not met'}**${localMedian !== undefined ? ` (${ms(localMedian)})` : ''}.`,
    '',
    `Whole verification of Airflow ${BENCH_AIRFLOW}'s default airflow.cfg (\`node -- dist/cli.js verify --airflow-command VENV/bin/airflow --database KIND --format json airflow.cfg\`) against \`airflow db migrate\` alone on a fresh empty database of the same kind (wall time, median of ${comparisons[0]?.verify.runs} runs each):`,
    '',
    '| database | `airflow db migrate` alone | verify, total | ratio | ratio without the database\'s start and removal | verify phases (median): airflow · database · migrate · checks · cleanup |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...comparisons.map(({ kind, migrate, verify: whole, phases }) => {
      const phaseText = ['airflow', 'database', 'migrate', 'checks', 'cleanup'].map((name) => ms(phases[name] ?? 0)).join(' · ');
      return `| ${kind} | ${ms(migrate.wall.median)} | ${ms(whole.wall.median)} | ${ratio(whole, migrate).toFixed(2)}× | ${ratio(whole, migrate, phases).toFixed(2)}× | ${phaseText} |`;
    }),
    '',
    `Target: verify ≤ ${RATIO_TARGET}× a bare \`airflow db migrate\` on the same database (url; for local, without the cluster's start and removal, which the bare migration is not charged either): ` +
      `**${comparisons.every(({ kind, migrate, verify: whole, phases }) => ratio(whole, migrate, kind === 'local' ? phases : undefined) <= RATIO_TARGET) ? 'met' : 'not met'}**. ` +
      'verify reads the Airflow version from the package metadata, runs the migration through Airflow\'s own entry point and then the `db check` / `db check-migrations` functions and the executor import in the same Python process, and reads the tables and head with `pg`.',
  ];
  return { markdown: lines.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log((await benchVerify()).markdown);
