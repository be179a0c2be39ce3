// YAML with source positions, from the `yaml` package's nodes (ranges) and LineCounter. Compose and
// Helm files lean on anchors and merge keys (`<<: *airflow-common`): `mapEntries` resolves them while
// keeping every value's own node, so a finding points at the line that wrote the value.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Span } from '../reader/types.js';

export interface YamlFile {
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
}

export type YamlParseResult = { ok: true; yaml: YamlFile } | { ok: false; file: string; message: string; span: Span };

export function parseYaml(file: string, text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  const yaml: YamlFile = { file, text, doc, lineCounter };
  const error = doc.errors[0];
  if (error) {
    const [start, end] = error.pos;
    return { ok: false, file, message: error.message.split('\n')[0] ?? 'invalid YAML', span: offsetSpan(yaml, start, end) };
  }
  return { ok: true, yaml };
}

/** Text with a line index, for turning offsets into positions (a YAML file, or any other text). */
export interface IndexedText {
  text: string;
  lineCounter: LineCounter;
}

export function indexText(text: string): IndexedText {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1)) lineCounter.addNewLine(offset + 1);
  return { text, lineCounter };
}

/** The span between two offsets of the file's text. */
export function offsetSpan(yaml: IndexedText, start: number, end: number): Span {
  const from = yaml.lineCounter.linePos(start);
  const to = yaml.lineCounter.linePos(Math.max(start, end));
  return { start: { line: from.line, column: from.col }, end: { line: to.line, column: to.col } };
}

/** The span of a node's own text (without trailing comments), or undefined for a node with no range. */
export function nodeSpan(yaml: YamlFile, node: unknown): Span | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? offsetSpan(yaml, range[0], range[1]) : undefined;
}

/** An alias resolved to the node it names; any other node as it is. */
export function resolveAlias(yaml: YamlFile, node: unknown): unknown {
  let current = node;
  for (let depth = 0; depth < 20 && isAlias(current); depth += 1) current = current.resolve(yaml.doc);
  return current;
}

export interface MapEntry {
  key: string;
  keyNode: unknown;
  value: unknown;
}

/**
 * The entries of a mapping, merge keys applied: merged mappings first (an earlier one in a `<<: [*a, *b]`
 * list wins over a later one), then the mapping's own keys, which win over merged ones.
 */
export function mapEntries(yaml: YamlFile, node: unknown, depth = 0): MapEntry[] {
  const map = resolveAlias(yaml, node);
  if (!isMap(map) || depth > 20) return [];
  const merged = new Map<string, MapEntry>();
  const own = new Map<string, MapEntry>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    if (key === '<<') {
      const sources = isSeq(resolveAlias(yaml, pair.value)) ? (resolveAlias(yaml, pair.value) as { items: unknown[] }).items : [pair.value];
      for (const source of [...sources].reverse()) {
        for (const entry of mapEntries(yaml, source, depth + 1)) merged.set(entry.key, entry);
      }
      continue;
    }
    own.delete(key);
    own.set(key, { key, keyNode: pair.key, value: pair.value });
  }
  for (const key of own.keys()) merged.delete(key);
  return [...merged.values(), ...own.values()];
}

export function mapGet(yaml: YamlFile, node: unknown, key: string): MapEntry | undefined {
  return mapEntries(yaml, node).find((entry) => entry.key === key);
}

/** The items of a sequence (aliases resolved), or [] for anything else. */
export function seqItems(yaml: YamlFile, node: unknown): unknown[] {
  const seq = resolveAlias(yaml, node);
  return isSeq(seq) ? seq.items : [];
}

/** A scalar's value as a string (numbers and booleans as YAML wrote them); undefined for null or non-scalars. */
export function scalarText(yaml: YamlFile, node: unknown): string | undefined {
  const scalar = resolveAlias(yaml, node);
  if (!isScalar(scalar) || scalar.value === null || scalar.value === undefined) return undefined;
  if (typeof scalar.value === 'string') return scalar.value;
  // `5432` or `true` written unquoted: keep the text as written, which is what a container receives.
  const range = scalar.range;
  return range ? yaml.text.slice(range[0], range[1]).trim() : String(scalar.value);
}

export function isMapNode(yaml: YamlFile, node: unknown): boolean {
  return isMap(resolveAlias(yaml, node));
}

export function isSeqNode(yaml: YamlFile, node: unknown): boolean {
  return isSeq(resolveAlias(yaml, node));
}
