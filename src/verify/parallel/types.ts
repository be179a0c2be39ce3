/** One probe task as the metastore recorded it. */
export interface ProbeTask {
  taskId: string;
  /** Airflow's final state (`success`, `failed`, …), or the state it was left in when the probe stopped waiting. */
  state: string;
  /** ISO 8601, from `task_instance.start_date`; undefined when the task never started. */
  start?: string | undefined;
  end?: string | undefined;
}

/**
 * - `proved`: at least two probe tasks ran at the same time.
 * - `one-at-a-time`: the configuration ran (or would run) one task at a time.
 * - `not-provable`: the executor needs infrastructure verify cannot start (a Celery broker, a cluster).
 * - `failed`: the probe could not run to the end (a component died, the run timed out or failed).
 */
export type ParallelStatus = 'proved' | 'one-at-a-time' | 'not-provable' | 'failed';

/** What `verify --prove-parallel` found: how many probe tasks the configured executor ran at once. */
export interface ParallelResult {
  status: ParallelStatus;
  /** The most probe tasks that were running at the same moment (0 when none ran). */
  maxConcurrent: number;
  tasks: ProbeTask[];
  /** The executor the probe ran with (`LocalExecutor`), or the configured one when it could not run. */
  executor: string;
  /** Wall-clock seconds from starting Airflow's components to having stopped them. */
  durationSeconds: number;
  /** One sentence: what was shown, or why not. */
  detail: string;
  /**
   * The one-at-a-time executor the configuration names when this Airflow release ran another in its
   * place (Airflow 3 rewrites the deprecated `SequentialExecutor` to `LocalExecutor`).
   */
  replacedExecutor?: string | undefined;
  /** The setting responsible for one-at-a-time execution (or the replaced executor), when one is. */
  setting?: ParallelSetting | undefined;
}

/** An Airflow option that limits how many tasks run at once, and where its value came from. */
export interface ParallelSetting {
  section: string;
  option: string;
  /** The value Airflow read, e.g. `1` or `SequentialExecutor`. */
  value: string;
  /** Where it is set: `airflow.cfg:12`, `AIRFLOW__CORE__PARALLELISM`, or `the default`. */
  source: string;
  /** The cfg line when the value comes from the file. */
  line?: number | undefined;
}
