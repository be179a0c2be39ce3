import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CleanupTracker } from './cleanup.js';
import { type RunResult, runProcess } from './process.js';
import { VerifyError } from './providers/types.js';

export interface AirflowInstallation {
  /** The `airflow` program to run. */
  command: string;
  /** The Python interpreter Airflow runs in (for the one-line checks). */
  python: string;
}

export interface InstallLog {
  log(line: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** Where installed Airflow virtualenvs are kept between runs (the same layout as scripts/airflow-venv.sh). */
export function airflowCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AIRFLOW_PREFLIGHT_CACHE) return env.AIRFLOW_PREFLIGHT_CACHE;
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'airflow-preflight');
  return join(homedir(), '.cache', 'airflow-preflight');
}

export interface InstallOptions {
  cacheDir?: string | undefined;
  /** Interpreter that creates the virtualenv; `python3` by default. */
  python?: string | undefined;
  /** Package extras; `postgres` always. */
  extras?: readonly string[] | undefined;
  env?: NodeJS.ProcessEnv | undefined;
}

const LOCK_WAIT_MS = 30 * 60_000;
const LOCK_STALE_MS = 45 * 60_000;
const PIP_TIMEOUT_MS = 30 * 60_000;

/**
 * Installs `apache-airflow[postgres]==<version>` into a cached virtualenv, once; later runs reuse it.
 * A TypeScript port of scripts/airflow-venv.sh (the action runs from dist/, without the repository's
 * scripts), with a directory lock instead of flock so it also works on macOS runners.
 */
export async function installAirflow(version: string, io: InstallLog, options: InstallOptions = {}): Promise<AirflowInstallation> {
  if (!/^\d+\.\d+\.\d+(?:[a-z.][a-z0-9.]*)?$/i.test(version)) {
    throw new VerifyError(`install-airflow must be an exact Airflow release such as 2.10.5, got "${version}".`);
  }
  const env = options.env ?? process.env;
  const cache = options.cacheDir ?? airflowCacheDir(env);
  const extras = [...new Set(['postgres', ...(options.extras ?? [])])];
  const name = extras.length === 1 ? version : `${version}-${extras.filter((e) => e !== 'postgres').join('-')}`;
  const venv = join(cache, 'venvs', name);
  const installation = venvInstallation(venv);
  if (await isComplete(venv)) return installation;

  await mkdir(join(cache, 'venvs'), { recursive: true });
  const lock = join(cache, 'venvs', `.${name}.lockdir`);
  await acquireLock(lock);
  try {
    if (await isComplete(venv)) return installation;
    await io.group(`Installing apache-airflow[${extras.join(',')}]==${version}`, async () => {
      await rm(venv, { recursive: true, force: true });
      try {
        await createVenv(venv, version, extras, env, cache, options, io);
      } catch (error) {
        // A failed install (no such release, no network) must not leave a half-made virtualenv in the cache.
        await rm(venv, { recursive: true, force: true });
        throw error;
      }
    });
    await writeFile(join(venv, '.complete'), '');
    return installation;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

async function createVenv(venv: string, version: string, extras: readonly string[], env: NodeJS.ProcessEnv, cache: string, options: InstallOptions, io: InstallLog): Promise<void> {
  const pipEnv = { ...env, PIP_CACHE_DIR: join(cache, 'pip'), PIP_DISABLE_PIP_VERSION_CHECK: '1' };
  const python = options.python ?? env.AIRFLOW_PREFLIGHT_PYTHON ?? 'python3';
  await installStep(python, ['-m', 'venv', venv], pipEnv, io);
  const pip = join(venv, 'bin', 'pip');
  await installStep(pip, ['install', '--quiet', '--upgrade', 'pip'], pipEnv, io);
  const pins = await installPins(version, join(venv, 'bin', 'python'), extras, venv);
  await installStep(pip, ['install', '--progress-bar', 'off', `apache-airflow[${extras.join(',')}]==${version}`, ...pins], pipEnv, io);
}

/**
 * Constraints for the install: the packages the committed knowledge data was generated from
 * (scripts/knowledge/constraints/, next to dist/ in the action's checkout and in the repository), and
 * pins for what an extra brings that a later release broke. Airflow's own constraints files would
 * pin everything, but they live on GitHub, which not every runner reaches.
 */
async function installPins(version: string, python: string, extras: readonly string[], venv: string): Promise<string[]> {
  const pins: string[] = [];
  const pyver = await runProcess(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { timeoutMs: 60_000 });
  const constraints = fileURLToPath(new URL(`../../scripts/knowledge/constraints/airflow-${version}-py${pyver.stdout.trim()}.txt`, import.meta.url));
  const text = await readFile(constraints, 'utf8').catch(() => undefined);
  if (text !== undefined) {
    // The recorded install had none of the extras: what an extra needs in another version is not pinned.
    const loose = new Set(extras.flatMap((extra) => EXTRA_UNPIN[extra] ?? []));
    const kept = text.split('\n').filter((line) => !loose.has(line.split(/[=<>!~ ]/)[0]?.trim().toLowerCase() ?? ''));
    const file = join(venv, 'airflow-preflight-constraints.txt');
    await writeFile(file, kept.join('\n'));
    pins.push('-c', file);
  }
  for (const extra of extras) pins.push(...(EXTRA_PINS[extra] ?? []));
  return pins;
}

/**
 * Pins for packages an extra brings in that the repository's constraints do not cover (they record an
 * `apache-airflow[postgres]` install): Celery 5.7 breaks the Celery provider of the releases verify installs.
 */
const EXTRA_PINS: Record<string, string[]> = {
  celery: ['celery<5.7'],
};

/** Recorded pins an extra cannot live with: the FAB provider needs SQLAlchemy 1.4, the 3.x records have 2.x. */
const EXTRA_UNPIN: Record<string, string[]> = {
  fab: ['sqlalchemy'],
};

function venvInstallation(venv: string): AirflowInstallation {
  return { command: join(venv, 'bin', 'airflow'), python: join(venv, 'bin', 'python') };
}

async function isComplete(venv: string): Promise<boolean> {
  try {
    await access(join(venv, 'bin', 'airflow'), 1);
    await access(join(venv, '.complete'));
    return true;
  } catch {
    return false;
  }
}

async function installStep(program: string, args: string[], env: NodeJS.ProcessEnv, io: InstallLog): Promise<void> {
  const result = await runProcess(program, args, { env, timeoutMs: PIP_TIMEOUT_MS, onLine: (line) => io.log(line) });
  if (result.code === 0) return;
  const reason = result.spawnError ?? (result.timedOut ? 'timed out' : (pipError(result.output) ?? lastLine(result.output) ?? `exit code ${result.code}`));
  throw new VerifyError(`Installing Airflow failed at \`${[program, ...args].join(' ')}\`: ${reason}`);
}

/** mkdir is atomic: whoever creates the directory holds the lock. A lock older than an install can take is stale. */
async function acquireLock(lock: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await mkdir(lock);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > LOCK_STALE_MS) {
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new VerifyError(`Another Airflow install holds ${lock}; remove it if no install is running.`);
    await new Promise((r) => setTimeout(r, 2_000));
  }
}

/**
 * The `airflow` given by the workflow: a path, or a name looked up on PATH. Its interpreter is the one
 * in its shebang (pip writes the venv's python there), else the `python` next to it.
 */
export async function resolveAirflowCommand(command: string, env: NodeJS.ProcessEnv = process.env): Promise<AirflowInstallation> {
  const path = command.includes('/') ? command : await findOnPath(command, env);
  if (path === undefined) {
    throw new VerifyError(`airflow-command "${command}" is not on PATH; give its full path, or use install-airflow: <version>.`);
  }
  try {
    await access(path, 1);
  } catch {
    throw new VerifyError(`airflow-command ${path} does not exist or is not executable; give the path of the airflow program, or use install-airflow: <version>.`);
  }
  return { command: path, python: await interpreterOf(path) };
}

async function findOnPath(program: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, program);
    try {
      await access(candidate, 1);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

export async function interpreterOf(script: string): Promise<string> {
  const head = await readFile(script, { encoding: 'latin1' }).then((text) => text.slice(0, 512), () => '');
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(head);
  const program = shebang?.[1];
  if (program !== undefined && /python[\d.]*$/.test(program) && isAbsolute(program)) return program;
  if (program !== undefined && program.endsWith('/env') && shebang?.[2] !== undefined && /python/.test(shebang[2])) return shebang[2];
  return join(dirname(script), 'python');
}

/** Runs Airflow commands of one verify run: same environment, each in its own process group, tracked for cleanup. */
export class AirflowRunner {
  constructor(
    private readonly installation: AirflowInstallation,
    private readonly env: NodeJS.ProcessEnv,
    private readonly tracker: CleanupTracker,
    private readonly onLine: (line: string) => void = () => {},
  ) {}

  get command(): string {
    return this.installation.command;
  }

  get pythonPath(): string {
    return this.installation.python;
  }

  airflow(args: readonly string[], timeoutMs: number): Promise<RunResult> {
    return this.track(this.installation.command, args, timeoutMs);
  }

  /** `python -c code args…` in Airflow's interpreter; `onLine` also sees each line (before the runner's own log). */
  python(code: string, timeoutMs: number, args: readonly string[] = [], onLine?: (line: string) => void): Promise<RunResult> {
    return this.track(this.installation.python, ['-c', code, ...args], timeoutMs, onLine);
  }

  private track(program: string, args: readonly string[], timeoutMs: number, onLine?: (line: string) => void): Promise<RunResult> {
    return runProcess(program, args, {
      env: this.env,
      timeoutMs,
      onLine: (line) => {
        onLine?.(line);
        this.onLine(line);
      },
      onSpawn: (pid) => this.tracker.addProcessGroup(pid),
      onExit: (pid) => this.tracker.removeProcessGroup(pid),
    });
  }
}

/**
 * The release installed next to the interpreter, from its package metadata
 * (`<venv>/lib/python3.X/site-packages/apache_airflow-<version>.dist-info`): no Airflow start needed.
 * Undefined when the layout is not a virtualenv's (then `airflow version` answers).
 */
export async function installedAirflowVersion(installation: AirflowInstallation): Promise<string | undefined> {
  const prefix = dirname(dirname(installation.python));
  const lib = join(prefix, 'lib');
  const found = new Set<string>();
  for (const pythonDir of await readdir(lib).catch(() => [] as string[])) {
    if (!/^python3\.\d+$/.test(pythonDir)) continue;
    const sitePackages = join(lib, pythonDir, 'site-packages');
    for (const entry of await readdir(sitePackages).catch(() => [] as string[])) {
      const match = /^apache_airflow-(\d+\.\d+\.\d+(?:[^-\d][^-]*)?)\.dist-info$/.exec(entry);
      if (match?.[1] !== undefined) found.add(match[1]);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** `airflow version` prints the release last on stdout; warnings may come before it. */
export function parseAirflowVersion(stdout: string): string | undefined {
  const lines = stdout.split(/\r?\n/).map((l) => l.trim());
  for (const line of lines.reverse()) {
    if (/^\d+\.\d+\.\d+(?:[^\d\s]\S*)?$/.test(line)) return line;
  }
  return undefined;
}

/**
 * Loads every configured executor the way the scheduler does, in the Airflow that will run it.
 * Works across 2.7–3.x: `get_executor_names` (2.10+, multiple executors) or the single default before.
 */
export const EXECUTOR_CHECK = [
  'import sys',
  'from airflow.executors.executor_loader import ExecutorLoader as L',
  'def label(n): return str(getattr(n, "alias", None) or getattr(n, "module_path", None) or n)',
  'try:',
  '    names = L.get_executor_names() if hasattr(L, "get_executor_names") else [L.get_default_executor_name()]',
  'except Exception as e:',
  '    from airflow.configuration import conf',
  '    print("APF_EXECUTOR_FAIL", conf.get("core", "executor"), "|", type(e).__name__ + ": " + str(e).splitlines()[0] if str(e) else type(e).__name__); sys.exit(3)',
  'for n in names:',
  '    try:',
  '        cls = L.import_executor_cls(n)[0]',
  '    except Exception as e:',
  '        print("APF_EXECUTOR_FAIL", label(n), "|", type(e).__name__ + ": " + (str(e).splitlines() or [""])[0]); sys.exit(3)',
  '    print("APF_EXECUTOR_OK", label(n), "|", cls.__module__ + "." + cls.__name__)',
].join('\n');

/**
 * `airflow <migrate args>` and the checks after it in one Python process, so Airflow's imports are paid
 * once: the migration runs through the same entry point as the `airflow` program
 * (`airflow.__main__.main` with the same argv), then `airflow db check` and
 * `airflow db check-migrations` call the functions those commands call (`airflow.utils.db.check`,
 * `check_migrations`), then the executor check. Results are marker lines (parseSessionOutput).
 */
export const MIGRATE_AND_CHECK = [
  'import json, sys, traceback',
  'def report(name, ok, detail): print("APF_CHECK " + json.dumps({"name": name, "ok": ok, "detail": detail}), flush=True)',
  'def error_text(e):',
  '    first = (str(e).splitlines() or [""])[0]',
  '    return type(e).__name__ + (": " + first if first else "")',
  'sys.argv = ["airflow"] + sys.argv[1:]',
  'code = 0',
  'try:',
  '    from airflow.__main__ import main',
  '    main()',
  'except SystemExit as e:',
  '    code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)',
  'except BaseException:',
  '    traceback.print_exc()',
  '    code = 1',
  'sys.stderr.flush()',
  'print("APF_MIGRATE_EXIT", code, flush=True)',
  'if code != 0: sys.exit(code)',
  'from airflow.utils import db as apf_db',
  'try:',
  '    apf_db.check()',
  '    report("airflow db check", True, "succeeded")',
  'except Exception as e:',
  '    report("airflow db check", False, error_text(e))',
  'try:',
  '    apf_db.check_migrations(timeout=1)',
  '    report("airflow db check-migrations", True, "succeeded")',
  'except Exception as e:',
  '    report("airflow db check-migrations", False, error_text(e))',
  EXECUTOR_CHECK,
].join('\n');

export interface SessionOutput {
  /** The migration's exit status; undefined when the process ended before it finished. */
  migrateExit: number | undefined;
  checks: { name: string; ok: boolean; detail: string }[];
  executors: ExecutorLoad[];
}

export function parseSessionOutput(output: string): SessionOutput {
  let migrateExit: number | undefined;
  const checks: SessionOutput['checks'] = [];
  for (const line of output.split(/\r?\n/)) {
    const exit = /^APF_MIGRATE_EXIT (-?\d+)$/.exec(line.trim());
    if (exit) migrateExit = Number(exit[1]);
    const check = /^APF_CHECK (\{.*\})$/.exec(line.trim());
    if (check?.[1] === undefined) continue;
    try {
      const parsed = JSON.parse(check[1]) as { name?: unknown; ok?: unknown; detail?: unknown };
      if (typeof parsed.name === 'string' && typeof parsed.ok === 'boolean') checks.push({ name: parsed.name, ok: parsed.ok, detail: String(parsed.detail ?? '') });
    } catch {
      // Not ours.
    }
  }
  return { migrateExit, checks, executors: parseExecutorCheck(output) };
}

export interface ExecutorLoad {
  name: string;
  ok: boolean;
  /** The class path when it loaded, the error when it did not. */
  detail: string;
}

export function parseExecutorCheck(output: string): ExecutorLoad[] {
  const loads: ExecutorLoad[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^APF_EXECUTOR_(OK|FAIL) /.exec(line.trim());
    const rest = line.trim().slice(match?.[0].length ?? 0);
    const bar = rest.indexOf(' | ');
    if (match && bar >= 0) loads.push({ ok: match[1] === 'OK', name: rest.slice(0, bar), detail: rest.slice(bar + 3) });
  }
  return loads;
}

/** A random password for the admin user the verify step creates (never shown). */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

/** pip's own verdict (`ERROR: No matching distribution found for …`), not the advice it prints after it. */
function pipError(output: string): string | undefined {
  const errors = output.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('ERROR: '));
  return errors.filter((l) => !/ResolutionImpossible|Ignored the following/.test(l)).at(-1) ?? errors.at(-1);
}

function lastLine(text: string): string | undefined {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '').at(-1);
}
