import type { ParallelResult } from './parallel/types.js';
import type { ReplacedOption } from './sandbox.js';

/** What the verify step found against a throwaway metastore. */
export interface VerifyResult {
  verified: boolean;
  /** `url`, `local` or `testcontainers`. */
  provider: string;
  airflowVersion: string;
  /** The command that created the metastore, e.g. `airflow db migrate`. */
  migrateCommand: string;
  expectedTables: string[];
  foundTables: string[];
  missingTables: string[];
  expectedHead: string | undefined;
  migrationHead: string | undefined;
  /** Each check with its outcome, in the order run. */
  checks: VerifyCheck[];
  /** Phase name → milliseconds. */
  timings: Record<string, number>;
  /** Airflow's own error lines (secrets masked) when a step failed. */
  errorLines: string[];
  /** Which database was used, password masked (`postgresql://postgres@127.0.0.1:5433/airflow`). */
  databaseUrl?: string | undefined;
  /**
   * What verify did not let Airflow use as written: the metastore URL (always), and unless
   * `allow-config-commands`, every `_cmd` / `_secret` option and the secrets backend.
   */
  replacedOptions: ReplacedOption[];
  /** What `--prove-parallel` measured, when asked for. */
  parallel?: ParallelResult | undefined;
}

export interface VerifyCheck {
  name: string;
  ok: boolean;
  detail: string;
  /** The lint rule a failure maps to, when one does. */
  ruleId?: string | undefined;
  /** `warning`: reported, but does not fail verification. Absent means `error`. */
  severity?: 'error' | 'warning' | undefined;
  /** The cfg option responsible for the failure, when Airflow's error names one. */
  option?: VerifyOptionRef | undefined;
}

/** A cfg option a verify failure points at; `needle` is the text Airflow quoted from its value. */
export interface VerifyOptionRef {
  section?: string | undefined;
  option?: string | undefined;
  needle?: string | undefined;
  /** The cfg line configparser named (`[line  5]` in a parse error). */
  line?: number | undefined;
}
