// The official Apache Airflow chart's facts for one release, generated from the chart itself by
// scripts/helm-knowledge/generate.mjs (see src/sources/helm-chart/data/).

/** A variable the chart's `standard_airflow_environment` sets from one of its secrets. */
export interface ChartSecretVariable {
  variable: string;
  /** The named template that gives the secret's name (`fernet_key_secret`), or `release-…` for inline names. */
  secret: string | undefined;
  /** For inline names: the values key naming a user-provided secret. */
  secretNameValue?: string | undefined;
  /** The key inside the secret. */
  key: string | undefined;
  /** The template conditions around the variable, outermost first; all must hold. */
  conditions: string[];
}

export interface ChartSecretValue {
  /** The values key whose text fills the secret. */
  value: string;
  /** `once`: random at install (pre-install hook); `every-render`: random on each install and upgrade. */
  generated: 'once' | 'every-render' | 'never';
}

export interface HelmChartKnowledge {
  chart: string;
  /** The Airflow version the chart deploys by default. */
  appVersion: string;
  source: { repository: string; commit: string };
  /** Top-level keys of the chart's values.schema.json. */
  topLevelKeys: string[];
  /** Whether configmap.yaml renders each `config:` value with `tpl`. */
  configTemplated: boolean;
  /** printf format of the `[core] execution_api_server_url` the chart sets on Airflow 3, when it does. */
  defaultExecutionApiServerUrl?: string | undefined;
  secretVariables: ChartSecretVariable[];
  /** Named secret templates: the default name suffix and the values key that overrides the name. */
  secretNames: Record<string, { suffix: string; nameValue: string }>;
  /** Secrets by data key (`fernet-key`, `webserver-secret-key` …). */
  secrets: Record<string, ChartSecretValue>;
  metadataConnection: { skippedWhen: string | undefined; assignments: Record<string, string>; connection: string | undefined };
  /** Every default of the chart's values.yaml. */
  defaults: Record<string, unknown>;
}
