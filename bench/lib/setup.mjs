// What every benchmark needs: the repository's paths, a fresh bundle, the machine's description, a real
// Airflow virtualenv and the airflow.cfg that Airflow writes on its first start.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, homedir, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(REPO, 'dist', 'cli.js');
export const ACTION = join(REPO, 'dist', 'index.js');
/** The Node that runs the benchmarks (Node 24 from node_modules when started through npm). */
export const NODE = process.execPath;
export const BENCH_AIRFLOW = process.env.BENCH_AIRFLOW_VERSION ?? '3.1.8';
const CACHE = process.env.AIRFLOW_PREFLIGHT_CACHE ?? join(homedir(), '.cache', 'airflow-preflight');

/** Repeated runs per measured point; BENCH_RUNS overrides every default. */
export function runs(defaultRuns) {
  const fromEnv = Number(process.env.BENCH_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}

export function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

/** Rebuilds dist/ from the sources, so the figures are those of the code in the working tree. */
export function bundle() {
  progress('bundling dist/ (npm run bundle)');
  check(spawnSync(NODE, ['scripts/bundle.mjs'], { cwd: REPO, encoding: 'utf8' }), 'scripts/bundle.mjs');
}

/** The path of a cached virtualenv with `apache-airflow[postgres]==version` (installed on first use). */
export function airflowVenv(version = BENCH_AIRFLOW) {
  progress(`Airflow ${version} virtualenv (scripts/airflow-venv.sh ${version})`);
  const run = check(spawnSync('bash', [join(REPO, 'scripts', 'airflow-venv.sh'), version], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }), 'airflow-venv.sh');
  return run.stdout.trim().split('\n').at(-1);
}

/** Environment for an Airflow process: the caller's, without any AIRFLOW_* or AIRFLOW__* of its own. */
export function airflowEnv(home, extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('AIRFLOW')));
  return { ...env, AIRFLOW_HOME: home, AIRFLOW_CONFIG: join(home, 'airflow.cfg'), ...extra };
}

/**
 * The airflow.cfg Airflow writes into an empty AIRFLOW_HOME on its first start (`airflow config list`),
 * cached next to the virtualenvs. Returns the path of a copy in a fresh directory of its own, which
 * is removed when the process exits.
 */
export function defaultDump(venv, version = BENCH_AIRFLOW) {
  const cached = join(CACHE, 'bench', version, 'airflow.cfg');
  if (!existsSync(cached)) {
    progress(`writing Airflow ${version}'s default airflow.cfg (airflow config list in an empty AIRFLOW_HOME)`);
    const home = mkdtempSync(join(tmpdir(), 'apf-bench-home-'));
    try {
      check(spawnSync(join(venv, 'bin', 'airflow'), ['config', 'list'], { env: airflowEnv(home), encoding: 'utf8' }), 'airflow config list');
      mkdirSync(dirname(cached), { recursive: true });
      copyFileSync(join(home, 'airflow.cfg'), `${cached}.tmp`);
      renameSync(`${cached}.tmp`, cached);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'apf-bench-dump-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(cached, join(dir, 'airflow.cfg'));
  return join(dir, 'airflow.cfg');
}

export function lineCount(path) {
  return readFileSync(path, 'utf8').split('\n').length - 1;
}

/** CPU model, cores, memory, load, Node: the line every benchmark prints above its figures. */
export function machine() {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? model;
  } catch {
    // not Linux: os.cpus() already named it
  }
  const memory = `${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM`;
  const load = loadavg().map((value) => value.toFixed(1)).join(' ');
  return `${model}, ${availableParallelism()} CPUs (nproc), ${memory}, load average ${load} at start; Node ${process.version}`;
}

export function check(run, what) {
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`${what} exited with ${run.status}:\n${(run.stderr ?? '').slice(-2000)}`);
  return run;
}
