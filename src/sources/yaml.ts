// YAML with source positions, from the `yaml` package's nodes (ranges) and LineCounter. Compose and
// Helm files lean on anchors and merge keys (`<<: *airflow-common`): `mapEntries` resolves them while
// keeping every value's own node, so a finding points at the line that wrote the value.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import type { Span } from '../reader/types.js';

export interface YamlFile {
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
}

/** A file refused for its cost rather than its syntax (APF021). */
export type YamlLimit = 'aliasing' | 'depth';

export type YamlParseResult =
  | { ok: true; yaml: YamlFile }
  | { ok: false; file: string; message: string; span: Span; limit?: YamlLimit | undefined };

export function parseYaml(file: string, text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const deep = tooDeepAt(text);
  if (deep !== undefined) {
    const span = offsetSpan(indexText(text), deep, deep + 1);
    return { ok: false, file, message: `nests collections more than ${MAX_YAML_DEPTH.toLocaleString('en-US')} levels deep`, span, limit: 'depth' };
  }
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false, prettyErrors: false });
  const yaml: YamlFile = { file, text, doc, lineCounter };
  const error = doc.errors[0];
  if (error) {
    const [start, end] = error.pos;
    return { ok: false, file, message: error.message.split('\n')[0] ?? 'invalid YAML', span: offsetSpan(yaml, start, end) };
  }
  const aliasing = excessiveAliasing(doc);
  if (aliasing) {
    const range = aliasing.node.range ?? [0, 0];
    return { ok: false, file, message: aliasing.message, span: offsetSpan(yaml, range[0], range[1]), limit: 'aliasing' };
  }
  return { ok: true, yaml };
}

/**
 * Nesting deeper than this is not read: the `yaml` package takes seconds past a few thousand levels and
 * runs out of memory at 100,000, and no compose or values file nests more than a few dozen. (go-yaml, in
 * docker compose and helm, refuses 10,000.)
 */
export const MAX_YAML_DEPTH = 1_000;

/**
 * The offset where flow collections (`[`, `{`) or compact block sequences (`- - -`) first nest deeper
 * than MAX_YAML_DEPTH, found in one pass over the text before the parser sees it. Quoted strings and
 * comments are skipped roughly (a quote starts a string after white space or `[{,:`); this is a limit,
 * not a parser.
 */
function tooDeepAt(text: string): number | undefined {
  let flow = 0;
  let block = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === '\n') {
      lineStart = true;
      block = 0;
      continue;
    }
    if (lineStart && flow === 0) {
      if (char === ' ' || char === '\t') continue;
      if ((char === '-' || char === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        block += 1;
        if (block > MAX_YAML_DEPTH) return i;
        i += 1;
        continue;
      }
      lineStart = false;
    }
    const before = i === 0 ? ' ' : (text[i - 1] as string);
    if (char === '#' && (before === ' ' || before === '\t')) {
      i = endOfLine(text, i) - 1;
    } else if ((char === '"' || char === "'") && ' \t[{,:'.includes(before)) {
      i = endOfQuoted(text, i);
    } else if (char === '[' || char === '{') {
      flow += 1;
      if (flow + block > MAX_YAML_DEPTH) return i;
    } else if ((char === ']' || char === '}') && flow > 0) {
      flow -= 1;
    }
  }
  return undefined;
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** The index of the closing quote (`''` is an escaped quote in single quotes, `\"` in double quotes). */
function endOfQuoted(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i += 1) {
    if (quote === '"' && text[i] === '\\') i += 1;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 1;
      else return i;
    }
  }
  return text.length;
}

/**
 * go-yaml's limit on alias expansion (yaml.v3 decode.go, `allowedAliasRatio`), which docker compose and
 * helm inherit: once more than 100 of the nodes decoded came through aliases (merge keys included) and
 * more than 1,000 were decoded in all, aliases may account for at most 99% of them up to 400,000 nodes,
 * falling to 10% at 4,000,000. Counted here without expanding anything: each node's decoded size is
 * computed once, an alias adding its target's.
 */
function excessiveAliasing(doc: Document): { node: Node; message: string } | undefined {
  const size = new Map<unknown, number>();
  let decoded = 0;
  let aliased = 0;
  // Iterative post-order walk in document order: anchors come before their aliases.
  const stack: { node: unknown; children: unknown[] | undefined }[] = [{ node: doc.contents, children: undefined }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: unknown; children: unknown[] | undefined };
    if (top.children === undefined) {
      if (isAlias(top.node)) {
        const target = top.node.resolve(doc);
        const targetSize = target === undefined ? 0 : size.get(target);
        if (targetSize === undefined) return { node: top.node, message: `the alias *${top.node.source} refers to a value that contains it` };
        decoded += 1 + targetSize;
        aliased += targetSize;
        size.set(top.node, 1 + targetSize);
        stack.pop();
        if (aliased > 100 && decoded > 1000 && aliased / decoded > allowedAliasRatio(decoded)) {
          return { node: top.node, message: `${aliased.toLocaleString('en-US')} of the ${decoded.toLocaleString('en-US')} values it decodes come through aliases and merge keys` };
        }
        continue;
      }
      decoded += 1;
      top.children = childrenOf(top.node);
      for (const child of [...top.children].reverse()) stack.push({ node: child, children: undefined });
      continue;
    }
    stack.pop();
    let total = 1;
    for (const child of top.children) total += size.get(child) ?? 0;
    size.set(top.node, total);
  }
  return undefined;
}

function childrenOf(node: unknown): unknown[] {
  if (isMap(node)) return node.items.flatMap((pair) => [pair.key, pair.value]).filter((child) => child !== null && child !== undefined);
  if (isSeq(node)) return node.items.filter((child) => child !== null && child !== undefined);
  return [];
}

function allowedAliasRatio(decoded: number): number {
  if (decoded <= 400_000) return 0.99;
  if (decoded >= 4_000_000) return 0.1;
  return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
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
  // Merge chains (`<<: [*a, *a]` where a merges b twice, …) would be walked again for every path.
  let known = entriesCache.get(yaml);
  if (!known) {
    known = new Map();
    entriesCache.set(yaml, known);
  }
  const cached = known.get(map);
  if (cached) return cached;
  const entries = mergedEntries(yaml, map, depth);
  known.set(map, entries);
  return entries;
}

const entriesCache = new WeakMap<YamlFile, Map<unknown, MapEntry[]>>();

function mergedEntries(yaml: YamlFile, map: YAMLMap, depth: number): MapEntry[] {
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
