import type { FailOn } from '../engine/types.js';
import type { Severity } from '../findings.js';

/** What `.airflow-preflight.yaml` may set for one rule. */
export type RuleSetting = Severity | 'off';

export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'notice'];

/** Rule settings that apply only to files matching `files` (globs relative to the repository root). */
export interface PathOverride {
  files: string[];
  /** Rule id → setting (aliases resolved to ids when the file is read). */
  rules: Map<string, RuleSetting>;
}

/** `.airflow-preflight.yaml`, validated. Every field is optional; flags given on the command line win. */
export interface ProjectConfig {
  /** Where it was read from (for messages); undefined when no file exists. */
  path: string | undefined;
  airflowVersion?: string | undefined;
  failOn?: FailOn | undefined;
  /** Rule id → setting, for every file. */
  rules: Map<string, RuleSetting>;
  /** Globs (relative to the repository root) of files never linted or reported. */
  ignore: string[];
  /** Later overrides win over earlier ones and over `rules`. */
  overrides: PathOverride[];
}

export const EMPTY_PROJECT_CONFIG: ProjectConfig = { path: undefined, rules: new Map(), ignore: [], overrides: [] };
