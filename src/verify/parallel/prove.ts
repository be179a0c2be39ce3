import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CleanupTracker } from '../cleanup.js';
import { extractErrorLines } from '../error-map.js';
import { type RunResult, runProcess } from '../process.js';
import { type ProbeComponent, executionApiHealthy, freePort, probeComponents, probeEnv } from './components.js';
import { type ExecutorClass, classifyExecutor } from './executor-kind.js';
import { ProbeMetastore } from './metastore.js';
import { maxConcurrency, taskIntervals } from './overlap.js';
import { PROBE_DAG_FILE, PROBE_DAG_SOURCE, PROBE_TASK_COUNT } from './probe-dag.js';
import { ProbeReaper } from './reaper.js';
import { type ConcurrencyLimits, type SettingSources, describeSetting, oneSlotSetting, setting, writtenValue } from './settings.js';
import type { ParallelResult, ParallelSetting, ProbeTask } from './types.js';

/** A configured executor as verify's executor check loaded it. */
export interface ConfiguredExecutor {
  /** The name in `[core] executor` (an alias or an import path). */
  name: string;
  /** The class Airflow loaded; undefined when it could not load it. */
  classPath?: string | undefined;
  /** Airflow's error when it could not. */
  error?: string | undefined;
}

export interface ProbeInput {
  /** The `airflow` program verify runs. */
  airflowCommand: string;
  /** Runs Python code in Airflow's interpreter with verify's environment (tracked for cleanup). */
  python: (code: string, timeoutMs: number) => Promise<RunResult>;
  /** The environment verify runs Airflow with (throwaway metastore and secrets, sandboxed folders). */
  env: NodeJS.ProcessEnv;
  airflowVersion: string;
  /** The throwaway metastore, for pg. */
  libpqUrl: string;
  tracker: CleanupTracker;
  /** Every executor of `[core] executor`, in order; the first is the one the probe's tasks use. */
  executors: readonly ConfiguredExecutor[];
  /** Where the limits are set, to name the line responsible. */
  sources: SettingSources;
  /** Each output line of Airflow's components (verify masks and shows it when verbose). */
  log: (line: string) => void;
  /** How long to wait for the probe run once the components are started. */
  timeoutMs?: number | undefined;
}

const DEFAULT_TIMEOUT_MS = 120_000;
const POLL_MS = 300;
const SETTINGS_TIMEOUT_MS = 60_000;

interface Started {
  component: ProbeComponent;
  pid?: number | undefined;
  exit?: RunResult | undefined;
}

/** How the wait for the probe run ended. */
type WaitOutcome =
  | { kind: 'finished'; runState: string }
  | { kind: 'one-at-a-time' }
  | { kind: 'died'; component: Started }
  | { kind: 'timeout'; waitingFor: string }
  | { kind: 'stopped' };

/**
 * Proves that the configured executor runs tasks in parallel: starts the Airflow components it needs
 * against the throwaway metastore, runs a DAG of four sleeping tasks, and measures from the task
 * instances' start and end times how many ran at once. `stop()` (also called by verify's cleanup on a
 * signal) kills every process it started and removes its files.
 */
export class ParallelProbe {
  private readonly marker = randomBytes(12).toString('hex');
  private readonly reaper = new ProbeReaper(this.marker);
  private readonly started: Started[] = [];
  private readonly knownGroups = new Set<number>();
  /** The probe's own directory: the DAGs folder, and TMPDIR for Airflow (multiprocessing leaves pymp-* there when killed). */
  private workDir: string | undefined;
  private metastore: ProbeMetastore | undefined;
  private stopping: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly input: ProbeInput) {}

  async run(): Promise<ParallelResult> {
    const begun = performance.now();
    const seconds = (): number => Math.round((performance.now() - begun) / 100) / 10;
    const executor = this.defaultExecutor();
    if (executor.verdict !== undefined) return { ...executor.verdict, durationSeconds: seconds() };
    const replaced = this.replacedExecutor(executor.kind);
    try {
      const outcome = await this.runProbe();
      const tasks = this.metastore === undefined ? [] : await this.metastore.tasks().catch(() => []);
      const poolSlots = await this.metastore?.defaultPoolSlots().catch(() => undefined);
      await this.stop();
      const result = await this.judge(outcome, tasks, executor.kind, poolSlots);
      return { ...result, ...replaced, durationSeconds: seconds() };
    } finally {
      await this.stop();
    }
  }

  /** Idempotent; safe to call from a signal handler while run() is waiting. */
  stop(): Promise<void> {
    this.stopped = true;
    this.stopping ??= (async () => {
      const survivors = await this.reaper.killAll();
      for (const pgid of this.knownGroups) this.input.tracker.removeProcessGroup(pgid);
      if (survivors.length > 0) this.input.log(`could not stop probe processes ${survivors.join(', ')}`);
      else if (this.workDir !== undefined) this.input.tracker.removeProcessMarker(this.reaper.environmentEntry);
      await this.metastore?.close();
      if (this.workDir !== undefined) {
        await rm(this.workDir, { recursive: true, force: true });
        this.input.tracker.removeTempDir(this.workDir);
      }
    })();
    return this.stopping;
  }

  /** The executor the probe's tasks would use, or the verdict when the probe cannot or need not run. */
  private defaultExecutor(): { kind: ExecutorClass; verdict?: Omit<ParallelResult, 'durationSeconds'> | undefined } {
    const configured = this.input.executors;
    const first = configured[0];
    if (first === undefined) {
      const kind = classifyExecutor('');
      return { kind, verdict: this.verdict('failed', '', 'the configured executor could not be read, so no task can run') };
    }
    const kind = classifyExecutor(first.classPath ?? first.name);
    if (first.classPath === undefined) {
      if (kind.kind === 'one-at-a-time') {
        const executor = setting('core', 'executor', first.name, this.input.sources);
        const detail = `${describeSetting(executor)} runs one task at a time, and Airflow ${this.input.airflowVersion} cannot load it${first.error ? ` (${first.error})` : ''}: set [core] executor = LocalExecutor`;
        return { kind, verdict: { ...this.verdict('one-at-a-time', kind.name, detail), setting: executor } };
      }
      // Whether Celery's provider is installed does not change what verify can start: report why not.
      if (kind.kind === 'infrastructure') return { kind, verdict: this.verdict('not-provable', kind.name, `not provable here: ${kind.reason}`) };
      return { kind, verdict: this.verdict('failed', kind.name, `${first.name} cannot be loaded, so no task can run${first.error ? `: ${first.error}` : ''}`) };
    }
    // The scheduler starts every configured executor, so one that needs a broker or a cluster stops the probe too.
    for (const other of configured) {
      const otherKind = classifyExecutor(other.classPath ?? other.name);
      if (otherKind.reason !== undefined) {
        return { kind, verdict: this.verdict('not-provable', otherKind.name, `not provable here: ${otherKind.reason}`) };
      }
    }
    return { kind };
  }

  /**
   * The configuration names a one-at-a-time executor but Airflow loaded another: Airflow 3 rewrites
   * the deprecated SequentialExecutor to LocalExecutor, so what runs is not what the file says.
   */
  private replacedExecutor(loaded: ExecutorClass): Pick<ParallelResult, 'replacedExecutor' | 'setting'> {
    const written = writtenValue('core', 'executor', this.input.sources)?.split(',')[0]?.trim();
    if (written === undefined || loaded.kind === 'one-at-a-time' || classifyExecutor(written).kind !== 'one-at-a-time') return {};
    return { replacedExecutor: written, setting: setting('core', 'executor', written, this.input.sources) };
  }

  private verdict(status: ParallelResult['status'], executor: string, detail: string): Omit<ParallelResult, 'durationSeconds'> {
    return { status, maxConcurrent: 0, tasks: [], executor, detail };
  }

  private async runProbe(): Promise<WaitOutcome> {
    const { airflowVersion, tracker } = this.input;
    this.workDir = await mkdtemp(join(tmpdir(), 'apf-probe-'));
    tracker.addTempDir(this.workDir);
    // Found by this marker, the probe's processes die with the run even when they left every known group.
    tracker.addProcessMarker(this.reaper.environmentEntry);
    const dagsFolder = join(this.workDir, 'dags');
    const tmp = join(this.workDir, 'tmp');
    await mkdir(dagsFolder);
    await mkdir(tmp);
    await writeFile(join(dagsFolder, PROBE_DAG_FILE), PROBE_DAG_SOURCE);
    const apiPort = await freePort();
    const env = probeEnv(this.input.env, {
      dagsFolder,
      tmpDir: tmp,
      airflowVersion,
      apiPort,
      marker: this.marker,
      airflowCommand: this.input.airflowCommand,
    });
    this.metastore = await ProbeMetastore.connect(this.input.libpqUrl);
    for (const component of probeComponents(airflowVersion, apiPort)) this.start(component, env);
    const needsApi = this.started.some((s) => s.component.name === 'api-server');
    return this.waitForRun(this.metastore, needsApi ? apiPort : undefined);
  }

  private start(component: ProbeComponent, env: NodeJS.ProcessEnv): void {
    const started: Started = { component };
    this.started.push(started);
    void runProcess(this.input.airflowCommand, component.args, {
      env,
      onLine: (line) => this.input.log(`${component.name}: ${line}`),
      onSpawn: (pid) => {
        started.pid = pid;
        this.reaper.addRoot(pid);
        this.track(pid);
      },
      onExit: (pid) => this.reaper.removeRoot(pid),
    }).then((result) => {
      started.exit = result;
    });
  }

  private track(pgid: number): void {
    if (this.knownGroups.has(pgid)) return;
    this.knownGroups.add(pgid);
    this.input.tracker.addProcessGroup(pgid);
  }

  private async waitForRun(metastore: ProbeMetastore, apiPort: number | undefined): Promise<WaitOutcome> {
    const deadline = Date.now() + (this.input.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let unpaused = false;
    let polls = 0;
    for (;;) {
      if (this.stopped) return { kind: 'stopped' };
      const died = this.started.find((s) => s.exit !== undefined);
      if (died !== undefined) return { kind: 'died', component: died };
      // Task runners leave the component's process group: record theirs for the action's post step.
      if (polls++ % 5 === 0) for (const pgid of await this.reaper.groups()) this.track(pgid);
      if (!unpaused) {
        const ready = (await metastore.probeDagStored()) && (apiPort === undefined || (await executionApiHealthy(apiPort)));
        if (ready) {
          await metastore.unpauseProbeDag();
          unpaused = true;
        }
      } else {
        const state = await metastore.runState();
        if (state === 'success' || state === 'failed') return { kind: 'finished', runState: state };
        if (ranOneAtATime(await metastore.tasks())) return { kind: 'one-at-a-time' };
      }
      if (Date.now() > deadline) {
        const waitingFor = unpaused ? 'the probe run to finish' : apiPort === undefined ? 'the scheduler to parse the probe DAG' : 'the DAG processor and the API server';
        return { kind: 'timeout', waitingFor };
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  private async judge(outcome: WaitOutcome, tasks: ProbeTask[], executor: ExecutorClass, poolSlots: number | undefined): Promise<Omit<ParallelResult, 'durationSeconds'>> {
    const maxConcurrent = maxConcurrency(taskIntervals(tasks));
    const base = { maxConcurrent, tasks, executor: executor.name };
    const timeout = Math.round((this.input.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000);
    switch (outcome.kind) {
      case 'stopped':
        return { ...base, status: 'failed', detail: 'stopped before the probe run finished' };
      case 'died': {
        const lines = extractErrorLines(outcome.component.exit?.output ?? '');
        // The exception itself says more than the log line that reported it.
        const cause = lines.findLast((l) => /^[A-Za-z_][\w.]*(Error|Exception)\b/.test(l)) ?? lines.at(-1);
        const how = outcome.component.exit?.spawnError ?? cause ?? `exit code ${outcome.component.exit?.code ?? outcome.component.exit?.signal}`;
        return { ...base, status: 'failed', detail: `airflow ${outcome.component.component.name} stopped before the probe run finished: ${how}` };
      }
      case 'timeout':
        if (maxConcurrent >= 2) return { ...base, status: 'proved', detail: this.provedDetail(maxConcurrent, tasks, ` (the run did not finish within ${timeout} s)`) };
        return { ...base, status: 'failed', detail: `timed out after ${timeout} s waiting for ${outcome.waitingFor}${stateSummary(tasks)}` };
      default:
        break;
    }
    const failed = tasks.filter((t) => t.state !== 'success' && t.end !== undefined);
    if (outcome.kind === 'finished' && (outcome.runState === 'failed' || failed.length > 0)) {
      return { ...base, status: 'failed', detail: `the probe run failed${stateSummary(tasks)}` };
    }
    if (maxConcurrent >= 2) return { ...base, status: 'proved', detail: this.provedDetail(maxConcurrent, tasks, '') };
    const responsible = await this.responsibleSetting(executor, poolSlots);
    const ran = tasks.filter((t) => t.end !== undefined).length;
    const what = `${executor.name} ran the probe's tasks one at a time (${ran} of ${PROBE_TASK_COUNT} finished, none overlapping)`;
    if (responsible === undefined) return { ...base, status: 'one-at-a-time', detail: `${what}, although no setting verify knows limits it to one` };
    return { ...base, status: 'one-at-a-time', setting: responsible, detail: `${what}: ${describeSetting(responsible)} ${limitText(responsible)}` };
  }

  private provedDetail(maxConcurrent: number, tasks: readonly ProbeTask[], note: string): string {
    return `${maxConcurrent} of ${tasks.length} probe tasks ran at the same time${note}`;
  }

  /** The setting that allows only one task at a time, as Airflow read it for this run. */
  private async responsibleSetting(executor: ExecutorClass, poolSlots: number | undefined): Promise<ParallelSetting | undefined> {
    const first = this.input.executors[0];
    if (executor.kind === 'one-at-a-time' && first !== undefined) return setting('core', 'executor', first.name, this.input.sources);
    const limits = await this.readLimits();
    return oneSlotSetting({ ...limits, defaultPoolSlots: poolSlots }, this.input.sources);
  }

  private async readLimits(): Promise<ConcurrencyLimits> {
    const result = await this.input.python(LIMITS_SCRIPT, SETTINGS_TIMEOUT_MS);
    const line = result.stdout.split('\n').find((l) => l.startsWith('APF_LIMITS '));
    if (line === undefined) return {};
    try {
      const parsed = JSON.parse(line.slice('APF_LIMITS '.length)) as { parallelism?: unknown; max_active_tasks_per_dag?: unknown };
      return { parallelism: stringOrUndefined(parsed.parallelism), maxActiveTasksPerDag: stringOrUndefined(parsed.max_active_tasks_per_dag) };
    } catch {
      return {};
    }
  }
}

/** Airflow's own reading of the two limits (max_active_tasks_per_dag was dag_concurrency before 2.2). */
const LIMITS_SCRIPT = [
  'import json',
  'from airflow.configuration import conf',
  'def read(section, *keys):',
  '    for key in keys:',
  '        try:',
  '            if conf.has_option(section, key): return conf.get(section, key)',
  '        except Exception: pass',
  '    return None',
  'print("APF_LIMITS " + json.dumps({"parallelism": read("core", "parallelism"), "max_active_tasks_per_dag": read("core", "max_active_tasks_per_dag", "dag_concurrency")}))',
].join('\n');

/**
 * Enough to call it: two tasks have finished, none overlapped another, and no other task is running.
 * A parallel executor starts the four tasks together, so it never gets here.
 */
function ranOneAtATime(tasks: readonly ProbeTask[]): boolean {
  const intervals = taskIntervals(tasks);
  const finished = intervals.filter((i) => Number.isFinite(i.end)).length;
  return finished >= 2 && maxConcurrency(intervals) === 1 && finished === intervals.length;
}

function limitText(s: ParallelSetting): string {
  if (s.option === 'executor') return 'runs one task at a time: set [core] executor = LocalExecutor (or CeleryExecutor, KubernetesExecutor)';
  if (s.option === 'default_pool_task_slot_count') return 'gives default_pool one slot, so only one task runs at a time: raise it';
  if (s.option === 'parallelism') return 'lets the scheduler run one task at a time: raise it';
  return 'lets each DAG run one task at a time: raise it';
}

function stateSummary(tasks: readonly ProbeTask[]): string {
  if (tasks.length === 0) return '; no probe task was scheduled';
  return `; task states: ${tasks.map((t) => `${t.taskId} ${t.state}`).join(', ')}`;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
