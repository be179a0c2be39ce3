// Benchmark 5: the whole `verify --prove-parallel` step with LocalExecutor on a 2.x and a 3.x release,
// against the 60 s target, with the probe's own share (starting Airflow's components, the run, stopping).
// Run: npm run bench:parallel   (BENCH_RUNS=N to change the number of runs; needs Python 3 and PostgreSQL)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatTime, measureOnce, ms, stats } from './lib/measure.mjs';
import { airflowVenv, bundle, check, CLI, machine, NODE, progress, REPO, runs } from './lib/setup.mjs';

export const PARALLEL_TARGET_MS = 60_000;
const SERVER = 'postgresql://postgres@127.0.0.1:5432';
const RELEASES = (process.env.BENCH_PARALLEL_AIRFLOW ?? '2.10.5,3.1.8').split(',');
/** LocalExecutor, Postgres (replaced by the throwaway database), nothing else: the configuration the target is about. */
const CFG = join(REPO, '__tests__', 'verify', 'fixtures', 'production.cfg');

/** Creating and dropping the run's database with psql, which comes with the PostgreSQL the benchmark needs anyway. */
function adminQuery(sql) {
  check(spawnSync('psql', [`${SERVER}/postgres`, '-q', '-c', sql], { encoding: 'utf8' }), `psql -c ${sql}`);
}

/** One whole `verify --prove-parallel` on a fresh database of the shared server. */
async function proveOnce(venv) {
  const name = `apf_bench_parallel_${process.pid}_${Date.now()}`;
  adminQuery(`CREATE DATABASE ${name}`);
  try {
    const args = ['--', CLI, 'verify', CFG, '--airflow-command', join(venv, 'bin', 'airflow'), '--database', 'url', '--database-url', `${SERVER}/${name}`];
    const sample = measureOnce(NODE, [...args, '--prove-parallel', '--format', 'json'], { label: 'verify --prove-parallel' });
    const result = JSON.parse(sample.stdout);
    if (!result.verified || result.parallel?.status !== 'proved') {
      throw new Error(`verify --prove-parallel did not pass: ${JSON.stringify(result.checks.filter((c) => !c.ok))}`);
    }
    return { wallMs: sample.wallMs, probeMs: result.timings.parallel ?? 0, restMs: sample.wallMs - (result.timings.parallel ?? 0), maxConcurrent: result.parallel.maxConcurrent };
  } finally {
    adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

export async function benchParallel() {
  bundle();
  check(spawnSync('bash', [join(REPO, 'scripts', 'ensure-postgres.sh')], { stdio: 'inherit' }), 'ensure-postgres.sh');
  const rows = [];
  for (const version of RELEASES) {
    const venv = airflowVenv(version);
    const samples = [];
    for (let i = 0; i < runs(3); i += 1) {
      progress(`Airflow ${version}: verify --prove-parallel (${i + 1})`);
      samples.push(await proveOnce(venv));
    }
    rows.push({ version, samples });
  }
  return report(rows);
}

function report(rows) {
  const met = rows.every(({ samples }) => stats(samples.map((s) => s.wallMs)).median <= PARALLEL_TARGET_MS);
  const lines = [
    '### Verify --prove-parallel: the whole step with LocalExecutor',
    '',
    `Machine: ${machine()}.`,
    '',
    'Wall time of `node -- dist/cli.js verify __tests__/verify/fixtures/production.cfg --airflow-command VENV/bin/airflow --database url --database-url … --prove-parallel --format json` on a fresh database of the shared server, split into the probe (its `parallel` timing: starting the scheduler — on 3.x also the API server and the DAG processor —, the four-task run, stopping everything) and the rest of verify:',
    '',
    '| Airflow | runs | whole step, median (IQR) | min–max | probe (median) | rest of verify (median) | max tasks at once |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ version, samples }) => {
      const whole = stats(samples.map((s) => s.wallMs));
      const concurrent = [...new Set(samples.map((s) => s.maxConcurrent))].join(', ');
      return `| ${version} | ${samples.length} | ${formatTime(whole)} | ${ms(whole.min)}–${ms(whole.max)} | ${ms(stats(samples.map((s) => s.probeMs)).median)} | ${ms(stats(samples.map((s) => s.restMs)).median)} | ${concurrent} |`;
    }),
    '',
    `Target: the whole step under ${PARALLEL_TARGET_MS / 1000} s on 2.x and 3.x: **${met ? 'met' : 'not met'}**.`,
  ];
  return { markdown: lines.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log((await benchParallel()).markdown);
