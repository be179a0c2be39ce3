import { parseConfig } from '../../reader/index.js';
import { locateInCfg } from '../locate.js';
import type { ParallelSetting } from './types.js';

/** The limits Airflow read for the probe's run (strings as Airflow printed them; undefined when unreadable). */
export interface ConcurrencyLimits {
  parallelism?: string | undefined;
  maxActiveTasksPerDag?: string | undefined;
  /** Slots of `default_pool`, from the metastore (created by the migration from the cfg). */
  defaultPoolSlots?: number | undefined;
}

/** Where Airflow's values come from: the user's cfg text and file name, and the environment Airflow inherited. */
export interface SettingSources {
  cfgText: string;
  cfgFile: string;
  env: NodeJS.ProcessEnv;
}

/**
 * The first limit that allows only one task at a time, named with where it is set. Checked in the
 * order the scheduler applies them: `parallelism`, the pool, then the per-DAG limit.
 */
export function oneSlotSetting(limits: ConcurrencyLimits, sources: SettingSources): ParallelSetting | undefined {
  if (isOne(limits.parallelism)) return setting('core', 'parallelism', '1', sources);
  if (limits.defaultPoolSlots === 1) return setting('core', 'default_pool_task_slot_count', '1', sources);
  if (isOne(limits.maxActiveTasksPerDag)) {
    // Renamed from dag_concurrency in 2.2; Airflow still reads the old name when the new one is absent.
    const current = setting('core', 'max_active_tasks_per_dag', '1', sources);
    if (current.line !== undefined || current.source !== 'Airflow’s default') return current;
    const former = setting('core', 'dag_concurrency', '1', sources);
    return former.source !== 'Airflow’s default' ? former : current;
  }
  return undefined;
}

/** A setting with where its value comes from: an AIRFLOW__ variable wins over the file, as in Airflow. */
export function setting(section: string, option: string, value: string, sources: SettingSources): ParallelSetting {
  const variable = `AIRFLOW__${section.toUpperCase()}__${option.toUpperCase()}`;
  for (const name of [variable, `${variable}_CMD`, `${variable}_SECRET`]) {
    if (sources.env[name] !== undefined) return { section, option, value, source: `the environment variable ${name}` };
  }
  const span = locateInCfg(sources.cfgText, { section, option });
  if (span !== undefined) return { section, option, value, source: `${sources.cfgFile}:${span.start.line}`, line: span.start.line };
  return { section, option, value, source: 'Airflow’s default' };
}

/** `[core] parallelism = 1 (airflow.cfg:5)` */
export function describeSetting(s: ParallelSetting): string {
  return `[${s.section}] ${s.option} = ${s.value} (${s.source})`;
}

function isOne(value: string | undefined): boolean {
  return value !== undefined && /^\s*1\s*$/.test(value);
}

/**
 * The value as written where Airflow reads it first (the AIRFLOW__ variable, else the cfg), before
 * Airflow's own rewrites of deprecated values; undefined when neither sets it.
 */
export function writtenValue(section: string, option: string, sources: SettingSources): string | undefined {
  const variable = sources.env[`AIRFLOW__${section.toUpperCase()}__${option.toUpperCase()}`];
  if (variable !== undefined) return variable;
  const parsed = parseConfig(sources.cfgText);
  const document = parsed.ok ? parsed.document : parsed.partial;
  const found = document.sections.find((s) => s.name === section)?.options.find((o) => o.key === option);
  return found?.value;
}
