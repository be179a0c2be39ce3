import type { OptionNode, Span } from '../reader/types.js';

export interface SourceLocation {
  file: string;
  span: Span;
}

/** Which form of an option supplied the value: the plain key, `key_cmd`, or `key_secret`. */
export type ValueVariant = 'value' | 'cmd' | 'secret';

/** Where a value came from, in Airflow's order of precedence (highest first). */
export type ValueOrigin = 'env' | 'cfg' | 'default';

/** The value Airflow would use for one option, and where it came from. */
export interface EffectiveValue {
  section: string;
  option: string;
  variant: ValueVariant;
  origin: ValueOrigin;
  /**
   * The value as Airflow reads it before interpolation (raw cfg text, or the variable's value).
   * Undefined for `_cmd` / `_secret` variants: those are resolved at run time, never guessed.
   */
  value: string | undefined;
  /** The command or secret path for `_cmd` / `_secret` variants. */
  reference?: string | undefined;
  /** Environment variable name, for origin `env`. */
  variable?: string | undefined;
  /** Where the value is written (cfg line, .env line, compose line); undefined for defaults. */
  location?: SourceLocation | undefined;
  /** The span of the value text itself, when it is written somewhere. */
  valueSpan?: Span | undefined;
  /** The cfg node, for origin `cfg`. */
  node?: OptionNode | undefined;
  /** `chart`: provided by the Helm chart itself (its default `config:`, or a secret it creates), not written in the repository. */
  provider?: 'chart' | undefined;
  /** Lower-precedence values hidden by this one. */
  overridden: EffectiveValue[];
}

/** The configuration one Airflow component sees. */
export interface EffectiveConfig {
  /** `airflow.cfg`, or a compose service / Helm component name. */
  component: string;
  /** The effective value of an option, following the target version's deprecated locations. */
  get(section: string, option: string): EffectiveValue | undefined;
  /** Every value set explicitly (not defaults), in source order. */
  explicit(): EffectiveValue[];
  /** The value of a variable given to the check (e.g. with --env-file), for `$VAR` expansion; undefined when unknown. */
  variable?(name: string): string | undefined;
}
