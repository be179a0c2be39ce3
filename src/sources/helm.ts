// Values files of the official Apache Airflow Helm chart. The chart renders `config:` into the
// airflow.cfg every pod mounts, and sets variables from its own keys (fernetKey, webserverSecretKey,
// apiSecretKey, jwtSecret, data.metadataConnection), from `env:` and from `extraEnv` (a YAML string
// holding a list). These mappings are the chart's, written here as the chart's templates do.
import { isScalar, LineCounter, parseDocument } from 'yaml';
import type { EnvEntry } from '../config/effective.js';
import type { ConfigDocument, OptionNode, SectionNode, Span } from '../reader/types.js';
import { mapEntries, mapGet, nodeSpan, parseYaml, resolveAlias, scalarText, seqItems, type YamlFile } from './yaml.js';

export interface HelmComponent {
  /** The chart's key for the component: scheduler, webserver, apiServer, workers, triggerer, dagProcessor. */
  key: string;
  /** Variables from the component's own `env:` list. */
  env: EnvEntry[];
}

export interface HelmValues {
  file: string;
  yaml: YamlFile;
  /** `config:` (and the chart's `executor`) as the cfg the chart renders; spans point into the values file. */
  document: ConfigDocument;
  /** Variables the chart sets in every Airflow pod, lowest precedence first. */
  env: EnvEntry[];
  components: HelmComponent[];
}

export type HelmParseResult = { ok: true; values: HelmValues } | { ok: false; file: string; message: string; span: Span };

/** The chart's components that run Airflow, by values key. */
export const HELM_COMPONENT_KEYS = ['scheduler', 'webserver', 'apiServer', 'workers', 'triggerer', 'dagProcessor'] as const;

/** Chart keys whose value the chart passes to every pod as an Airflow variable. */
const SECRET_KEYS: Record<string, string> = {
  fernetKey: 'AIRFLOW__CORE__FERNET_KEY',
  webserverSecretKey: 'AIRFLOW__WEBSERVER__SECRET_KEY',
  apiSecretKey: 'AIRFLOW__API__SECRET_KEY',
  jwtSecret: 'AIRFLOW__API_AUTH__JWT_SECRET',
};

/** Top-level keys that only the Airflow chart's values use: a values file without any is not one. */
const CHART_KEYS = ['executor', 'defaultAirflowTag', 'airflowVersion', 'fernetKey', 'webserverSecretKey', 'apiSecretKey', 'jwtSecret', 'config', 'extraEnv', 'dagProcessor', 'triggerer', 'workers', 'scheduler'];

export function parseHelmValues(file: string, text: string): HelmParseResult {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const yaml = parsed.yaml;
  const root = yaml.doc.contents;
  return {
    ok: true,
    values: {
      file,
      yaml,
      document: renderedConfig(yaml, root),
      env: [...chartVariables(yaml, root), ...envList(yaml, mapGet(yaml, root, 'env')?.value), ...extraEnv(yaml, mapGet(yaml, root, 'extraEnv')?.value)],
      components: HELM_COMPONENT_KEYS.map((key) => ({ key, env: envList(yaml, mapGet(yaml, mapGet(yaml, root, key)?.value, 'env')?.value) })),
    },
  };
}

/** Whether a parsed values file belongs to the Airflow chart. */
export function looksLikeAirflowValues(text: string): boolean {
  const parsed = parseYaml('values.yaml', text);
  if (!parsed.ok) return /^(executor|defaultAirflowTag|airflowVersion|fernetKey)\s*:/m.test(text);
  const keys = new Set(mapEntries(parsed.yaml, parsed.yaml.doc.contents).map((entry) => entry.key));
  return CHART_KEYS.some((key) => keys.has(key));
}

function renderedConfig(yaml: YamlFile, root: unknown): ConfigDocument {
  const sections: SectionNode[] = [];
  for (const section of mapEntries(yaml, mapGet(yaml, root, 'config')?.value)) {
    const nameSpan = nodeSpan(yaml, section.keyNode);
    if (!nameSpan) continue;
    const options = mapEntries(yaml, section.value).flatMap((entry) => {
      const node = optionNode(yaml, section.key, entry.key, entry.keyNode, entry.value);
      return node ? [node] : [];
    });
    sections.push({ name: section.key, headerSpan: nameSpan, nameSpan, options });
  }
  // The chart's default config has `core.executor: '{{ .Values.executor }}'`.
  const executor = mapEntries(yaml, root).find((entry) => entry.key === 'executor');
  const core = sections.find((section) => section.name === 'core');
  if (executor && !core?.options.some((option) => option.key === 'executor')) {
    const node = optionNode(yaml, 'core', 'executor', executor.keyNode, executor.value);
    if (node && core) core.options.push(node);
    else if (node) sections.push({ name: 'core', headerSpan: node.keySpan, nameSpan: node.keySpan, options: [node] });
  }
  return { defaults: undefined, sections, comments: [], lineCount: yaml.lineCounter.lineStarts.length };
}

function optionNode(yaml: YamlFile, section: string, key: string, keyNode: unknown, valueNode: unknown): OptionNode | undefined {
  const value = scalarText(yaml, valueNode);
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

function chartVariables(yaml: YamlFile, root: unknown): EnvEntry[] {
  const entries: EnvEntry[] = [];
  for (const [key, name] of Object.entries(SECRET_KEYS)) {
    const entry = mapGet(yaml, root, key);
    const value = scalarText(yaml, entry?.value);
    // `~` (the chart's default) means a key the chart generates once per release, or one from `…SecretName`.
    if (!entry || value === undefined) continue;
    entries.push(located(yaml, name, value, entry.keyNode, entry.value));
  }
  const connection = metadataConnection(yaml, root);
  if (connection) entries.push(connection);
  return entries;
}

/** `data.metadataConnection` as the URL the chart's metadata secret holds (chart defaults for missing keys). */
function metadataConnection(yaml: YamlFile, root: unknown): EnvEntry | undefined {
  const data = mapGet(yaml, root, 'data')?.value;
  if (scalarText(yaml, mapGet(yaml, data, 'metadataSecretName')?.value) !== undefined) return undefined;
  const entry = mapGet(yaml, data, 'metadataConnection');
  if (!entry) return undefined;
  const field = (name: string, fallback: string) => scalarText(yaml, mapGet(yaml, entry.value, name)?.value) ?? fallback;
  const sslmode = scalarText(yaml, mapGet(yaml, entry.value, 'sslmode')?.value);
  const password = encodeURIComponent(field('pass', 'postgres'));
  const url =
    `${field('protocol', 'postgresql')}://${field('user', 'postgres')}:${password}@${field('host', 'RELEASE-postgresql')}:` +
    `${field('port', '5432')}/${field('db', 'postgres')}${sslmode && sslmode !== 'disable' ? `?sslmode=${sslmode}` : ''}`;
  return located(yaml, 'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', url, entry.keyNode, entry.value);
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
