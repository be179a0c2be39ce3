// What the official chart makes of a values file: Helm merges the file over the chart's defaults, renders
// `config:` (each value through `tpl`) into the airflow.cfg every pod mounts, and sets variables from its
// secrets (`standard_airflow_environment`). The facts come from the chart release's generated data.
import { versionAtLeast } from '../../version/compare.js';
import { helmCharts } from './data/index.js';
import { evaluate, renderTemplate, TemplateUnsupported, toText, truthy, type TemplateScope } from './template.js';
import type { ChartSecretVariable, HelmChartKnowledge } from './types.js';

export type { HelmChartKnowledge } from './types.js';

/** The chart releases with generated knowledge, oldest first. */
export function chartReleases(): HelmChartKnowledge[] {
  return Object.values(helmCharts);
}

/**
 * The chart release a values file is read against: the newest one deploying Airflow 3 for an Airflow 3
 * target, else the newest deploying Airflow 2 (a values file does not name its chart version).
 */
export function chartFor(airflowVersion: string): HelmChartKnowledge {
  const releases = chartReleases();
  const major = versionAtLeast(airflowVersion, '3.0.0');
  const fitting = releases.filter((release) => versionAtLeast(release.appVersion, '3.0.0') === major);
  const chosen = fitting.at(-1) ?? releases.at(-1);
  if (!chosen) throw new Error('No Helm chart knowledge data.');
  return chosen;
}

/** Helm's merge of a values file over the chart's defaults: maps merge, anything else replaces, null deletes. */
export function mergeValues(defaults: unknown, overrides: unknown): unknown {
  if (!isMap(defaults) || !isMap(overrides)) return overrides === undefined ? defaults : overrides;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete merged[key];
    else merged[key] = mergeValues(defaults[key], value);
  }
  return merged;
}

export function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function valueAt(values: unknown, path: string): unknown {
  let current = values;
  for (const part of path.split('.')) {
    if (!isMap(current)) return undefined;
    current = current[part];
  }
  return current;
}

/** One rendered `[section] option`: its text, or why only the cluster knows it. */
export type RenderedOption = { section: string; option: string; template: string } & ({ value: string } | { value: undefined; why: string });

/** The chart's `config:` after the merge, every value rendered as configmap.yaml does (`tpl`). */
export function renderConfig(merged: Record<string, unknown>, chart: HelmChartKnowledge): RenderedOption[] {
  const config = { ...(isMap(merged.config) ? merged.config : {}) };
  const rendered: RenderedOption[] = [];
  const scope: TemplateScope = { values: merged };
  for (const [section, options] of Object.entries(config)) {
    if (!isMap(options)) continue;
    for (const [option, raw] of Object.entries(options)) {
      if (raw === null || raw === undefined || typeof raw === 'object') continue;
      rendered.push(renderOne(section, option, toText(raw), scope, chart));
    }
  }
  const core = isMap(config.core) ? config.core : {};
  const airflowVersion = toText(merged.airflowVersion);
  if (chart.defaultExecutionApiServerUrl && !('execution_api_server_url' in core) && isVersion(airflowVersion) && versionAtLeast(airflowVersion, '3.0.0')) {
    rendered.push({ section: 'core', option: 'execution_api_server_url', template: '', value: executionApiUrl(merged, chart) });
  }
  return rendered;
}

function renderOne(section: string, option: string, text: string, scope: TemplateScope, chart: HelmChartKnowledge): RenderedOption {
  if (!chart.configTemplated) return { section, option, template: text, value: text };
  try {
    return { section, option, template: text, value: renderTemplate(text, scope) };
  } catch (error) {
    if (!(error instanceof TemplateUnsupported)) throw error;
    return { section, option, template: text, value: undefined, why: `the chart renders it from a template this check does not evaluate (${error.message})` };
  }
}

/** configmap.yaml on Airflow 3: `http://<fullname>-api-server:<ports.apiServer><api.base_url path>/execution/`. */
function executionApiUrl(merged: Record<string, unknown>, chart: HelmChartKnowledge): string {
  const baseUrl = toText(valueAt(merged, 'config.api.base_url'));
  let basePath = '';
  if (baseUrl) {
    try {
      basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
    } catch {
      basePath = '';
    }
  }
  const fullname = evaluate('include "airflow.fullname" .', { values: merged }) as string;
  let index = 0;
  const args = [fullname, String(Math.trunc(Number(valueAt(merged, 'ports.apiServer') ?? 8080))), basePath];
  return (chart.defaultExecutionApiServerUrl ?? '').replace(/%[sd]/g, () => args[index++] ?? '');
}

function isVersion(text: string): boolean {
  return /^\d+\.\d+(\.\d+)?$/.test(text);
}

/** A variable the chart sets in every Airflow pod, with the values key that decides it. */
export interface ChartVariable {
  name: string;
  /** The text, when the values file decides it; undefined when it comes from the cluster or a random key. */
  value: string | undefined;
  why: string;
  /** The values key that supplies it (`fernetKey`, `data.metadataConnection`, `fernetKeySecretName` …). */
  from: string | undefined;
}

/** Every secret-backed variable of `standard_airflow_environment` whose conditions hold for these values. */
export function chartVariables(merged: Record<string, unknown>, chart: HelmChartKnowledge): ChartVariable[] {
  const scope: TemplateScope = { values: merged };
  const variables: ChartVariable[] = [];
  for (const entry of chart.secretVariables) {
    if (!conditionsHold(entry, scope)) continue;
    variables.push(secretVariable(entry, merged, chart));
  }
  return variables;
}

function conditionsHold(entry: ChartSecretVariable, scope: TemplateScope): boolean {
  try {
    return entry.conditions.every((condition) => truthy(evaluate(condition, scope)));
  } catch (error) {
    if (error instanceof TemplateUnsupported) return true;
    throw error;
  }
}

function secretVariable(entry: ChartSecretVariable, merged: Record<string, unknown>, chart: HelmChartKnowledge): ChartVariable {
  const named = entry.secret ? chart.secretNames[entry.secret] : undefined;
  const nameValue = named?.nameValue ?? entry.secretNameValue;
  const secretName = nameValue ? toText(valueAt(merged, nameValue)) : '';
  if (nameValue && secretName) {
    return { name: entry.variable, value: undefined, why: `it is read from the Kubernetes secret named by ${nameValue}`, from: nameValue };
  }
  if (entry.secret === 'airflow_metadata_secret' && entry.key === 'connection') {
    const url = metadataUrl(merged, chart);
    return url === undefined
      ? { name: entry.variable, value: undefined, why: 'the chart builds it from data.metadataConnection', from: 'data.metadataConnection' }
      : { name: entry.variable, value: url, why: '', from: 'data.metadataConnection' };
  }
  const filled = entry.key ? chart.secrets[entry.key] : undefined;
  if (!filled) return { name: entry.variable, value: undefined, why: 'it is read from a secret the chart creates', from: undefined };
  const text = toText(valueAt(merged, filled.value));
  if (text !== '') return { name: entry.variable, value: text, why: '', from: filled.value };
  const why =
    filled.generated === 'once'
      ? 'the chart generates a random value once, at install'
      : filled.generated === 'every-render'
        ? 'the chart generates a random value on every install and upgrade'
        : 'the chart leaves it empty';
  return { name: entry.variable, value: filled.generated === 'never' ? '' : undefined, why, from: filled.value };
}

/** The metadata-connection secret's URL, by the chart's own assignments and `connection:` template. */
function metadataUrl(merged: Record<string, unknown>, chart: HelmChartKnowledge): string | undefined {
  const template = chart.metadataConnection.connection;
  if (!template) return undefined;
  const variables = new Map<string, unknown>();
  try {
    for (const [name, expression] of Object.entries(chart.metadataConnection.assignments)) {
      variables.set(`$${name}`, evaluate(expression, { values: merged, variables }));
    }
    const encoding = /\|\s*b64enc\s*\|\s*quote$/.exec(template.trimEnd());
    const expression = encoding ? template.slice(0, encoding.index).trimEnd() : template;
    return toText(evaluate(expression, { values: merged, dot: valueAt(merged, 'data.metadataConnection') ?? {}, variables }));
  } catch (error) {
    if (error instanceof TemplateUnsupported) return undefined;
    throw error;
  }
}
