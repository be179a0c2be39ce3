// Values files of the official Apache Airflow Helm chart. A values file is not an airflow.cfg: Helm merges
// it over the chart's defaults and the chart renders the result. The chart's facts (its default `config:`,
// how it renders it, the variables it sets from its secrets) come from the generated knowledge of a chart
// release (src/sources/helm-chart/). Values nested under a parent chart's key (`airflow:`) are found too.
import { isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import type { EnvEntry } from '../config/effective.js';
import type { ConfigDocument, OptionNode, SectionNode, Span } from '../reader/types.js';
import { chartFor, chartReleases, chartVariables, isMap, mergeValues, renderConfig, valueAt, type HelmChartKnowledge, type RenderedOption } from './helm-chart/chart.js';
import { mapEntries, mapGet, nodeSpan, parseYaml, resolveAlias, scalarText, seqItems, type YamlFile } from './yaml.js';

export interface HelmComponent {
  /** The chart's key for the component: scheduler, webserver, apiServer, workers, triggerer, dagProcessor. */
  key: string;
  /** Variables from the component's own `env:` list. */
  env: EnvEntry[];
}

/** A `[section] option` of the rendered airflow.cfg that the values file does not write: the chart's default. */
export interface ChartDefaultOption {
  section: string;
  option: string;
  /** The rendered text; undefined when only the cluster knows it. */
  value: string | undefined;
  why: string;
}

export interface HelmValues {
  file: string;
  yaml: YamlFile;
  /** The mapping holding the chart's values: the document root, or a parent chart's `airflow:` key. */
  root: unknown;
  /** `airflow.` when the values sit under a parent chart's key, else ''. */
  prefix: string;
  /** The chart release the file is read against. */
  chart: HelmChartKnowledge;
  /** The options of the rendered airflow.cfg that this file writes; spans point into the values file. */
  document: ConfigDocument;
  /** The rest of the rendered airflow.cfg: the chart's own defaults. */
  chartDefaults: ChartDefaultOption[];
  /** Variables the chart sets in every Airflow pod, lowest precedence first. */
  env: EnvEntry[];
  components: HelmComponent[];
}

export type HelmParseResult = { ok: true; values: HelmValues } | { ok: false; file: string; message: string; span: Span };

/** The chart's components that run Airflow, by values key. */
export const HELM_COMPONENT_KEYS = ['scheduler', 'webserver', 'apiServer', 'workers', 'triggerer', 'dagProcessor'] as const;

/** Top-level keys that only the Airflow chart's values use: a values file without any is not one. */
const CHART_KEYS = ['executor', 'defaultAirflowTag', 'airflowVersion', 'fernetKey', 'fernetKeySecretName', 'webserverSecretKey', 'webserverSecretKeySecretName', 'apiSecretKey', 'jwtSecret', 'config', 'extraEnv', 'dagProcessor', 'triggerer', 'workers', 'scheduler', 'apiServer', 'createUserJob', 'migrateDatabaseJob'];
/** Keys whose presence alone is not enough (other charts use them too); one of CHART_KEYS' distinctive ones must be there. */
const COMMON_KEYS = new Set(['config', 'workers', 'scheduler']);

/** Parses a values file of the official chart, read against the chart release deploying `airflowVersion`. */
export function parseHelmValues(file: string, text: string, airflowVersion = '2.9.3'): HelmParseResult {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const yaml = parsed.yaml;
  const found = chartRoot(yaml);
  const root = found?.node ?? yaml.doc.contents;
  const prefix = found?.key ? `${found.key}.` : '';
  const user = toPlain(yaml, root);
  const chart = chartFor(pinnedVersion(user) ?? airflowVersion);
  const merged = mergeValues(chart.defaults, user) as Record<string, unknown>;
  const rendered = renderConfig(merged, chart);
  const document = writtenConfig(yaml, root, rendered);
  const written = new Set(document.sections.flatMap((section) => section.options.map((option) => `${section.name}\u0000${option.key}`)));
  return {
    ok: true,
    values: {
      file,
      yaml,
      root,
      prefix,
      chart,
      document,
      chartDefaults: rendered
        .filter((option) => !written.has(`${option.section}\u0000${option.option}`))
        .map((option) => ({ section: option.section, option: option.option, value: option.value, why: option.value === undefined ? option.why : '' })),
      env: [...secretVariables(yaml, root, merged, chart), ...envList(yaml, mapGet(yaml, root, 'env')?.value), ...extraEnv(yaml, mapGet(yaml, root, 'extraEnv')?.value)],
      components: HELM_COMPONENT_KEYS.map((key) => ({ key, env: envList(yaml, mapGet(yaml, mapGet(yaml, root, key)?.value, 'env')?.value) })),
    },
  };
}

/** Whether a values file belongs to the Airflow chart (at the top, or under a parent chart's key). */
export function looksLikeAirflowValues(text: string): boolean {
  const parsed = parseYaml('values.yaml', text);
  if (!parsed.ok) return /^(executor|defaultAirflowTag|airflowVersion|fernetKey)\s*:/m.test(text);
  return chartRoot(parsed.yaml) !== undefined;
}

function hasChartKeys(yaml: YamlFile, node: unknown): boolean {
  const keys = new Set(mapEntries(yaml, node).map((entry) => entry.key));
  const distinctive = CHART_KEYS.filter((key) => !COMMON_KEYS.has(key) && keys.has(key)).length;
  const common = CHART_KEYS.filter((key) => COMMON_KEYS.has(key) && keys.has(key)).length;
  return distinctive > 0 || common >= 2;
}

/** The mapping with the chart's values: the root, else the value of a parent chart's key (`airflow:` first). */
function chartRoot(yaml: YamlFile): { node: unknown; key: string | undefined } | undefined {
  const top = yaml.doc.contents;
  if (hasChartKeys(yaml, top)) return { node: top, key: undefined };
  const entries = [...mapEntries(yaml, top)].sort((a, b) => Number(b.key === 'airflow') - Number(a.key === 'airflow'));
  const nested = entries.find((entry) => hasChartKeys(yaml, entry.value));
  return nested ? { node: nested.value, key: nested.key } : undefined;
}

/** The values as plain data, for Helm's merge and the template evaluator. */
function toPlain(yaml: YamlFile, node: unknown): Record<string, unknown> {
  const resolved = resolveAlias(yaml, node);
  if (!isNode(resolved)) return {};
  const value: unknown = resolved.toJS(yaml.doc, { maxAliasCount: -1 });
  return isMap(value) ? value : {};
}

/** The Airflow version a values file pins (`airflowVersion`, else a version-like `defaultAirflowTag`). */
function pinnedVersion(user: Record<string, unknown>): string | undefined {
  for (const key of ['airflowVersion', 'defaultAirflowTag']) {
    const match = /^(\d+\.\d+\.\d+)/.exec(String(user[key] ?? ''));
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/**
 * The rendered options this file writes: its own `config:` entries (rendered), and chart options whose
 * template is just `{{ .Values.key }}` of a key the file sets (`executor:` gives `[core] executor`).
 */
function writtenConfig(yaml: YamlFile, root: unknown, rendered: readonly RenderedOption[]): ConfigDocument {
  const sections: SectionNode[] = [];
  const byName = new Map<string, SectionNode>();
  const add = (name: string, headerSpan: Span, node: OptionNode) => {
    let section = byName.get(name);
    if (!section) {
      section = { name, headerSpan, nameSpan: headerSpan, options: [] };
      byName.set(name, section);
      sections.push(section);
    }
    section.options.push(node);
  };
  const find = (section: string, option: string) => rendered.find((entry) => entry.section === section && entry.option === option);
  const config = mapGet(yaml, root, 'config');
  for (const section of mapEntries(yaml, config?.value)) {
    const headerSpan = nodeSpan(yaml, section.keyNode);
    if (!headerSpan) continue;
    // The section is kept even when empty: findings about its unset options land on its line.
    if (!byName.has(section.key)) {
      const node: SectionNode = { name: section.key, headerSpan, nameSpan: headerSpan, options: [] };
      byName.set(section.key, node);
      sections.push(node);
    }
    for (const entry of mapEntries(yaml, section.value)) {
      const output = find(section.key, entry.key);
      if (output && output.value === undefined) continue;
      // A copy of the chart's own default (a vendored values.yaml) is the chart's config, not the file's choice.
      if (isChartDefault(section.key, entry.key, scalarText(yaml, entry.value))) continue;
      const node = optionNode(yaml, section.key, entry.key, entry.keyNode, entry.value, output?.value);
      if (node) add(section.key, headerSpan, node);
    }
  }
  for (const output of rendered) {
    if (byName.get(output.section)?.options.some((option) => option.key === output.option)) continue;
    const path = /^\{\{-?\s*\.Values\.([\w.]+)\s*-?\}\}$/.exec(output.template.trim())?.[1];
    if (!path || output.value === undefined) continue;
    const entry = entryAt(yaml, root, path);
    if (!entry) continue;
    const node = optionNode(yaml, output.section, output.option, entry.keyNode, entry.value, output.value);
    const span = nodeSpan(yaml, entry.keyNode);
    if (node && span) add(output.section, span, node);
  }
  return { defaults: undefined, sections, comments: [], lineCount: yaml.lineCounter.lineStarts.length };
}

/** Whether `[section] option: text` is what some known chart release writes in its own default `config:`. */
function isChartDefault(section: string, option: string, text: string | undefined): boolean {
  if (text === undefined) return false;
  return chartReleases().some((release) => {
    const value = valueAt(release.defaults, `config.${section}.${option}`);
    return value !== undefined && value !== null && String(value) === text;
  });
}

/** The entry at a dotted path of the values file. */
function entryAt(yaml: YamlFile, root: unknown, path: string): { keyNode: unknown; value: unknown } | undefined {
  let node = root;
  let entry: { keyNode: unknown; value: unknown } | undefined;
  for (const part of path.split('.')) {
    entry = mapGet(yaml, node, part);
    if (!entry) return undefined;
    node = entry.value;
  }
  return entry;
}

function optionNode(yaml: YamlFile, section: string, key: string, keyNode: unknown, valueNode: unknown, rendered: string | undefined): OptionNode | undefined {
  const written = scalarText(yaml, valueNode);
  const value = rendered ?? written;
  const keySpan = nodeSpan(yaml, keyNode);
  const valueSpan = nodeSpan(yaml, resolveAlias(yaml, valueNode));
  if (value === undefined || !keySpan || !valueSpan) return undefined;
  return {
    rawKey: key,
    key: key.toLowerCase(),
    keySpan,
    delimiter: ':',
    value,
    valueLines: [{ text: value, span: valueSpan }],
    span: { start: keySpan.start, end: valueSpan.end },
    section,
  };
}

/** The chart's secret-backed variables, located at the values key that decides each one when the file sets it. */
function secretVariables(yaml: YamlFile, root: unknown, merged: Record<string, unknown>, chart: HelmChartKnowledge): EnvEntry[] {
  return chartVariables(merged, chart).map((variable) => {
    const entry = variable.from ? entryAt(yaml, root, variable.from) : undefined;
    const base: EnvEntry = entry ? located(yaml, variable.name, variable.value ?? '', entry.keyNode, entry.value) : { name: variable.name, value: variable.value ?? '' };
    return { ...base, provider: 'chart', runtime: variable.value === undefined ? variable.why : undefined };
  });
}

/** `env:` lists of `{name, value}` items; `valueFrom` items are skipped (their value lives in the cluster). */
function envList(yaml: YamlFile, node: unknown): EnvEntry[] {
  return seqItems(yaml, node).flatMap((item) => {
    const name = scalarText(yaml, mapGet(yaml, item, 'name')?.value);
    const value = mapGet(yaml, item, 'value');
    const text = scalarText(yaml, value?.value);
    if (!name || !value || text === undefined) return [];
    const itemSpan = nodeSpan(yaml, item);
    const valueSpan = nodeSpan(yaml, resolveAlias(yaml, value.value));
    const span = itemSpan && valueSpan ? { start: itemSpan.start, end: valueSpan.end } : itemSpan;
    return [{ name, value: text, location: span ? { file: yaml.file, span } : undefined, valueSpan }];
  });
}

/** `extraEnv: |` holds a YAML list in a string: parse it and move its positions back into the file. */
function extraEnv(yaml: YamlFile, node: unknown): EnvEntry[] {
  const scalar = resolveAlias(yaml, node);
  const text = scalarText(yaml, scalar);
  const range = isScalar(scalar) ? scalar.range : undefined;
  if (text === undefined || !range) return [];
  const lineCounter = new LineCounter();
  const inner: YamlFile = { file: yaml.file, text, doc: parseDocument(text, { lineCounter }), lineCounter };
  if (inner.doc.errors.length > 0) return [];
  const whole = nodeSpan(yaml, scalar);
  const block = /^[|>]/.test(yaml.text.slice(range[0], range[0] + 1));
  const headerLine = yaml.lineCounter.linePos(range[0]).line;
  const indent = blockIndent(yaml.text.slice(range[0], range[1]));
  const move = (span: Span | undefined): Span | undefined => {
    if (!block || !span) return whole;
    return {
      start: { line: headerLine + span.start.line, column: span.start.column + indent },
      end: { line: headerLine + span.end.line, column: span.end.column + indent },
    };
  };
  return envList(inner, inner.doc.contents).map((entry) => ({
    ...entry,
    location: entry.location ? { file: yaml.file, span: move(entry.location.span) ?? entry.location.span } : undefined,
    valueSpan: move(entry.valueSpan),
  }));
}

/** The indentation of a block scalar's content: that of its first non-blank line. */
function blockIndent(source: string): number {
  const lines = source.split('\n').slice(1);
  const first = lines.find((line) => line.trim() !== '');
  return first === undefined ? 0 : first.length - first.trimStart().length;
}

function located(yaml: YamlFile, name: string, value: string, keyNode: unknown, valueNode: unknown): EnvEntry {
  const keySpan = nodeSpan(yaml, keyNode);
  const valueSpan = nodeSpan(yaml, resolveAlias(yaml, valueNode));
  const span = keySpan && valueSpan ? { start: keySpan.start, end: valueSpan.end } : keySpan;
  return { name, value, location: span ? { file: yaml.file, span } : undefined, valueSpan };
}

/** The values Helm renders the chart with: the file's, merged over the chart release's defaults. */
export function mergedChartValues(values: HelmValues): Record<string, unknown> {
  return mergeValues(values.chart.defaults, toPlain(values.yaml, values.root)) as Record<string, unknown>;
}
