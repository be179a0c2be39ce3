/**
 * Facts about one Airflow release, extracted from the installed package by scripts/knowledge/.
 * Never written by hand: `npm run knowledge` regenerates every file under src/knowledge/data/.
 */
export interface AirflowKnowledge {
  /** The command that produced this file. */
  generatedBy: string;
  airflowVersion: string;
  /** Versions of libraries that decide how values are read (SQLAlchemy dialect names, for one). */
  libraries: { sqlalchemy: string; python: string };
  /** Provider packages installed with `apache-airflow[postgres]==X` (name → version); their sections are in `sections`. */
  providers?: Record<string, string>;
  /** Every section Airflow core and the installed providers declare, with their options. */
  sections: Record<string, SectionFact>;
  /**
   * Options read from an old place as well as their new one (configuration module's `deprecated_options`):
   * reading [newSection] newOption falls back to [section] option.
   */
  deprecatedOptions: DeprecatedOption[];
  /** Whole sections that were renamed (`deprecated_sections`). */
  deprecatedSections: DeprecatedSection[];
  /** Options whose values were deprecated in favour of others (`deprecated_values`), e.g. a removed enum value. */
  deprecatedValues: DeprecatedValue[];
  /** The change list behind `airflow config lint` (3.x; empty before). */
  configChanges: ConfigChange[];
  executors: ExecutorFacts;
  /** 3.x: where task processes reach the Execution API when `[core] execution_api_server_url` is unset; null before 3.0. */
  executionApi?: ExecutionApiFacts | null | undefined;
  /**
   * Provider distributions that ship core executors (`apache-airflow-providers-celery`), by name. Their
   * config sections are here, not in `sections`: `apache-airflow[postgres]` does not install them.
   */
  executorProviders?: Record<string, ExecutorProviderFact> | undefined;
  /** What `[logging] remote_logging = True` needs for the default logging config to load. Optional: absent in older data. */
  remoteLogging?: RemoteLoggingFacts | undefined;
  /** The UI's base URL option and the path prefix the release serves under. Optional: absent in older data. */
  baseUrl?: BaseUrlFacts | null | undefined;
  metastore: MetastoreFacts;
  /**
   * Sections that the release or its executor providers read whole (`conf.getsection("…")` with a
   * literal name, found by scanning their source), so names they do not declare are passed on as
   * written, case kept. Optional: absent in data generated before the field existed.
   */
  sectionsReadWhole?: string[] | undefined;
  /**
   * How AirflowConfigParser.getboolean reads a value: the lower-cased, stripped texts it takes as true
   * and as false, and whether it drops a `#` and everything after it first. Optional: data generated
   * before the field existed has none, and the boolean check then stays silent.
   */
  booleanValues?: BooleanValueFacts | undefined;
  /**
   * How AirflowConfigParser.getint reads a value, found by calling it. Optional: data generated before
   * the field existed has none, and then only what Python's int() reads counts as an integer.
   */
  integerValues?: IntegerValueFacts | undefined;
  /**
   * Options an earlier release of the generator's matrix declared in core that this release neither
   * declares nor describes in its deprecated maps or `configChanges`: Airflow ignores them without a
   * word. Computed across the matrix by generate.mjs. Optional: absent in data generated before it.
   */
  formerOptions?: FormerOption[] | undefined;
  /** The release's `airflow` CLI, from the parser the CLI builds. Optional: absent in older data. */
  cli?: CliFacts | undefined;
  /** Who the release's REST API lets in (2.x auth backends, 3.x auth managers). Optional: absent in older data. */
  api?: ApiAuthFacts | undefined;
}

/**
 * How the REST API authenticates. 2.x releases fill `authBackends` / `defaultAuthBackends`
 * (`[api] auth_backends`), 3.x releases `authManagers` / `defaultAuthManager` (`[core] auth_manager`).
 */
export interface ApiAuthFacts {
  /**
   * 2.x: every API auth backend module the release ships (packages `…api.auth.backend` of core and the
   * installed providers), by module path, as `[api] auth_backends` names them.
   */
  authBackends?: Record<string, ApiAuthBackendFact> | undefined;
  /** 2.x: `[api] auth_backends` as a clean installation reads it, split on commas as Airflow splits it. */
  defaultAuthBackends?: string[] | undefined;
  /** 3.x: every auth manager class the release ships (core and the installed providers), by import path. */
  authManagers?: Record<string, AuthManagerFact> | undefined;
  /** 3.x: `[core] auth_manager` as a clean installation reads it. */
  defaultAuthManager?: string | undefined;
}

export interface ApiAuthBackendFact {
  /**
   * What a request without credentials gets, found by calling the backend's
   * `requires_authentication(Response)()` in a bare Flask request as the API's check_authentication
   * does: `allowed` (200, the API lets anyone in), `refused` (401/403), `unknown` (the backend needs
   * the running webserver's session or auth manager, or a library not installed with the release).
   */
  anonymous: 'allowed' | 'refused' | 'unknown';
}

export interface AuthManagerFact {
  /**
   * Boolean settings that, set to true, make the manager hand a token to a caller without credentials
   * (an anonymous admin), found by requesting its FastAPI routes without credentials with each boolean
   * option its package reads set to false and then true. Empty: no such setting was found.
   */
  anonymousAccessWhen: Array<{ section: string; option: string }>;
}

/**
 * Found by calling the release's AirflowConfigParser.getboolean on candidate texts (Python
 * configparser's boolean forms and their first letters), upper-cased and padded as well.
 */
export interface BooleanValueFacts {
  /** Accepted texts for true, lower-case, longest first (`true`, `1`, `t`). */
  true: string[];
  /** Accepted texts for false, lower-case, longest first. */
  false: string[];
  /** getboolean drops a `#` and everything after it before comparing. */
  stripsInlineComment: boolean;
}

export interface IntegerValueFacts {
  /**
   * Besides what Python's int() reads, getint takes any text Python's float() reads whose number is
   * whole and finite (`16.0`, `1e3`, `16.`); fractions, `nan` and `inf` are still refused.
   */
  acceptsWholeFloats: boolean;
}

export interface FormerOption {
  section: string;
  option: string;
  /** The newest release of the matrix, before this one, that declared the option. */
  lastRelease: string;
  /** Its default in that release (same form as OptionFact.default). */
  lastDefault: string | null;
  /** Airflow variables in `lastDefault`, written as `{NAME}`. */
  lastDefaultVariables?: string[] | undefined;
}

export interface CliFacts {
  /**
   * Every leaf command by its path (`db migrate`, `users create`, `version`). A command missing
   * here does not exist in the release with its default executor and auth manager.
   */
  commands: Record<string, CliCommandFact>;
}

export interface CliCommandFact {
  /** The release marks it deprecated (help text "Deprecated -- use `X` instead"; running it warns). */
  deprecated: boolean;
  /** The command to use instead, as a full path (`db migrate`). */
  replacement?: string | undefined;
  /** Left out of `airflow --help`. */
  hidden?: boolean | undefined;
  /**
   * The provider package whose code runs it (commands added by the default auth manager or executor,
   * e.g. `users create` from apache-airflow-providers-fab); absent for Airflow core commands.
   */
  providedBy?: string | undefined;
}

/** A conversion method Airflow reads an option with (`conf.getjson` → `json`). */
export type OptionReadAs = 'boolean' | 'integer' | 'float' | 'json' | 'import' | 'list' | 'enum' | 'timedelta';

export interface SectionFact {
  /** Where the section is declared: `core` or a provider package name. */
  owner: string;
  options: Record<string, OptionFact>;
}

export interface OptionFact {
  /**
   * The default as Airflow's config template writes it (raw, before interpolation); null when none.
   * Installation-dependent parts stay as Airflow's variable markers, e.g. `{AIRFLOW_HOME}/dags`
   * (listed in `defaultVariables`).
   */
  default: string | null;
  /** Airflow generates the default per installation (fernet key, secret keys); `default` is then null. */
  generated?: boolean;
  /** Airflow variables in `default` (`AIRFLOW_HOME`), written as `{NAME}`. */
  defaultVariables?: string[];
  /** `string`, `boolean`, `integer`, `float`, `json`… as the config schema states it. */
  type: string;
  /** Allowed values, where the config schema or Airflow's own validation states them. */
  allowedValues?: string[];
  /**
   * Set with allowedValues: true when Airflow refuses other values when it starts (its config parser's
   * `enums_options`, checked by `conf.validate()`), false when the list is only documented.
   */
  validatedAtStartup?: boolean | undefined;
  /**
   * How the installed package reads the option, beyond a plain `conf.get`: conversion methods called
   * with this section and key (an AST scan of the package, core and installed providers), sorted.
   * `json`: a non-empty value that is not JSON stops the reader with AirflowConfigException.
   */
  readAs?: OptionReadAs[] | undefined;
  /** Accepts the `_cmd` / `_secret` variants (Airflow's sensitive_config_values). */
  sensitive: boolean;
  versionAdded?: string | null;
  versionDeprecated?: string | null;
  deprecationReason?: string | null;
}

export interface DeprecatedOption {
  section: string;
  option: string;
  newSection: string;
  newOption: string;
  /** Version of the deprecation, as Airflow records it. */
  since: string;
}

export interface DeprecatedSection {
  section: string;
  newSection: string;
  since: string;
}

export interface DeprecatedValue {
  section: string;
  option: string;
  /** Python regular expression of the old value, as Airflow stores it. */
  pattern: string;
  replacement: string;
  since: string;
}

export interface ConfigChange {
  section: string;
  option: string;
  /** What `airflow config lint` says happened. */
  kind: 'removed' | 'renamed' | 'default-changed' | 'invalid-value';
  renamedTo?: { section: string; option: string } | undefined;
  oldDefault?: string | null | undefined;
  newDefault?: string | null | undefined;
  /** Values that, when set, are flagged (invalid_values in Airflow's list). */
  invalidValues?: string[] | undefined;
  breaking: boolean;
  /**
   * The text `airflow config lint` prints for it. For `default-changed`, Airflow puts the current
   * value where this text has the marker `{value}`. Empty when `reportedByLint` is false.
   */
  message: string;
  /** Removal applies only when the option has exactly this value (Airflow's remove_if_equals). */
  removeIfEquals?: string | undefined;
  /** False when this release's `airflow config lint` prints nothing for the entry. */
  reportedByLint?: boolean | undefined;
  /** Airflow's suggestion, kept when `message` is empty. */
  suggestion?: string | undefined;
}

export interface ExecutorFacts {
  /** Alias → import path of the core executors this release knows. */
  coreExecutors: Record<string, string>;
  /** Whether `[core] executor` accepts a comma-separated list (multiple executors). */
  acceptsList: boolean;
  /** Aliases this release marks as not usable with SQLite (2.x refuses them at start-up). */
  sqliteIncompatible: string[];
}

export interface ExecutionApiFacts {
  /** The URL with `[api] base_url` unset, found by calling the release's LocalExecutor worker function. */
  defaultServerUrl: string;
  /** The URL it derives from an `[api] base_url` (an absolute and a relative probe), same way. */
  serverUrlForBaseUrl: Record<string, string>;
}

export interface BaseUrlFacts {
  /** `[webserver] base_url` on 2.x, `[api] base_url` on 3.x. */
  section: string;
  option: string;
  /**
   * For probe values, the path prefix the UI/API is mounted under, found by running the release's own
   * mounting code; null where the release refuses the value (2.x: a trailing slash).
   */
  rootPathFor: Record<string, string | null>;
}

export interface RemoteLoggingFacts {
  /** With no target, loading the logging config raises "Incorrect remote log configuration" (every command fails). */
  refusesWithoutTarget: boolean;
  /** `remote_base_log_folder` prefixes that name a target (`s3://`, `gs://`, `wasb`…), each confirmed by loading it. */
  folderPrefixes: string[];
  /** Options that name a target instead of the folder (`[elasticsearch] host`), each confirmed the same way. */
  hostOptions: Array<{ section: string; option: string }>;
  /** Options the default logging config reads only when remote logging is on (`[logging] delete_local_logs` in 3.x). */
  optionsReadOnlyWhenRemote: Array<{ section: string; option: string }>;
}

export interface ExecutorProviderFact {
  /** Core executor aliases whose class lives in this distribution. */
  executors: string[];
  /** Extras of apache-airflow that install it (`celery`), from the release's own package metadata. */
  extras: string[];
  /** The provider release the sections were read from (`apache-airflow-providers-celery==3.8.3`). */
  configReadFrom: string;
  /** The config sections the provider declares. */
  sections: Record<string, SectionFact>;
  /** The Celery provider only: what its Celery app configuration does, found by running it on probes. */
  celery?: CeleryProviderFacts | undefined;
}

export interface CeleryProviderFacts {
  /** `visibility_timeout` (seconds) it sets when `[celery_broker_transport_options]` has none; null when none. */
  defaultVisibilityTimeout: number | null;
  /** Broker URL schemes for which it sets that default (the transports that have a visibility timeout). */
  visibilityTimeoutSchemes: string[];
  /** It hands an explicit `[celery] result_backend` to Celery exactly as written (no `postgres://` rewrite). */
  resultBackendKeptAsWritten: boolean;
}

export interface MetastoreFacts {
  /** Tables in the public schema after a real `airflow db migrate` (or `db init`). */
  tables: string[];
  /** The alembic head revision stored in `alembic_version` afterwards. */
  migrationHead: string;
  /** The command that creates the metastore on this release: `db migrate` or `db init`. */
  migrateCommand: string[];
  /** SQLAlchemy dialect names Airflow accepts for the metastore on this release. */
  supportedDialects: string[];
  /**
   * For each supported dialect, the driver names (`dialect+driver://`) the release's installed
   * SQLAlchemy loads, found by asking its dialect registry for every module of the dialect package and
   * every `sqlalchemy.dialects` entry point. Another name fails with NoSuchModuleError. Optional:
   * absent in older data.
   */
  dialectDrivers?: Record<string, DialectDrivers> | undefined;
  /**
   * The release refuses a relative SQLite URL (`sqlite:///airflow.db`) when it configures its database
   * ("Cannot use relative path … to connect to sqlite"), found by calling its settings.configure_orm
   * with a relative and an absolute URL. False: it opens the file relative to each process's working
   * directory. Optional: absent in older data.
   */
  refusesRelativeSqlite?: boolean | undefined;
}

export interface DialectDrivers {
  /** The driver SQLAlchemy uses when the URL names none (`postgresql://` → `psycopg2`). */
  default: string;
  /** Every driver name it loads, sorted; includes `base`, which loads the default dialect. */
  drivers: string[];
}
