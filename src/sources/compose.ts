// Compose files: each service's image, environment (map and list forms, merge keys applied), env_file
// paths, volumes, build context and commands, with values substituted from the project's .env and
// every value's position in the file.
import { posix } from 'node:path';
import type { EnvEntry } from '../config/effective.js';
import type { Span } from '../reader/types.js';
import { substitute, type Substitution } from './substitute.js';
import {
  isMapNode,
  mapEntries,
  mapGet,
  nodeSpan,
  offsetSpan,
  parseYaml,
  resolveAlias,
  scalarText,
  seqItems,
  type YamlFile,
} from './yaml.js';

/** An environment variable a compose file sets, with the references substituted into it. */
export interface ComposeEnvEntry extends EnvEntry {
  /** The value as written, before substitution. */
  raw: string;
  substitutions: Substitution[];
  /** The span of the raw value text; substitution offsets are relative to its start. */
  rawStart: number;
}

export interface ComposeCommand {
  key: 'command' | 'entrypoint';
  /** The command as one line of text (list forms joined with spaces). */
  text: string;
  /** The source text of the node, for finding words at their real positions. */
  node: unknown;
  span: Span;
}

export interface ComposeVolume {
  /** The host path, relative to the repository root (bind mounts of relative paths only). */
  source: string;
  target: string;
  span: Span;
}

export interface ComposeService {
  name: string;
  nameSpan: Span;
  /**
   * The line of the service's first variable: in a shared anchor (`<<: *airflow-common-env`) when it comes
   * from one, so every service using the anchor points at the same place.
   */
  environmentSpan?: Span | undefined;
  image: string | undefined;
  environment: ComposeEnvEntry[];
  /** env_file paths relative to the repository root, in order. */
  envFiles: { path: string; span: Span; required: boolean }[];
  volumes: ComposeVolume[];
  commands: ComposeCommand[];
  /** The Dockerfile a `build:` section uses, relative to the repository root. */
  dockerfile: string | undefined;
  /** Whether the service runs Airflow: an apache/airflow image, or Airflow variables in its environment. */
  runsAirflow: boolean;
}

export interface ComposeFile {
  file: string;
  yaml: YamlFile;
  services: ComposeService[];
}

export type ComposeParseResult = { ok: true; compose: ComposeFile } | { ok: false; file: string; message: string; span: Span };

/** `variables`: the compose project's .env (next to the compose file). */
export function parseCompose(file: string, text: string, variables: ReadonlyMap<string, string>): ComposeParseResult {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const yaml = parsed.yaml;
  const dir = posix.dirname(file);
  const services: ComposeService[] = [];
  const servicesNode = mapGet(yaml, yaml.doc.contents, 'services');
  for (const entry of servicesNode ? mapEntries(yaml, servicesNode.value) : []) {
    services.push(readService(yaml, entry.key, entry.keyNode, entry.value, dir, variables));
  }
  return { ok: true, compose: { file, yaml, services } };
}

function readService(
  yaml: YamlFile,
  name: string,
  keyNode: unknown,
  node: unknown,
  dir: string,
  variables: ReadonlyMap<string, string>,
): ComposeService {
  const text = (key: string) => {
    const value = scalarText(yaml, mapGet(yaml, node, key)?.value);
    return value === undefined ? undefined : substitute(value, variables).value;
  };
  const image = text('image');
  const environment = readEnvironment(yaml, mapGet(yaml, node, 'environment')?.value, variables);
  return {
    name,
    nameSpan: nodeSpan(yaml, keyNode) ?? zeroSpan(),
    environmentSpan: environment[0]?.location?.span,
    image,
    environment,
    envFiles: readEnvFiles(yaml, mapGet(yaml, node, 'env_file')?.value, dir, variables),
    volumes: readVolumes(yaml, mapGet(yaml, node, 'volumes')?.value, dir, variables),
    commands: readCommands(yaml, node),
    dockerfile: readBuild(yaml, mapGet(yaml, node, 'build')?.value, dir, variables),
    runsAirflow:
      /(^|\/)apache\/airflow(:|@|$)/.test(image ?? '') ||
      environment.some((entry) => entry.name.startsWith('AIRFLOW__') || entry.name === 'AIRFLOW_CONFIG'),
  };
}

function readEnvironment(yaml: YamlFile, node: unknown, variables: ReadonlyMap<string, string>): ComposeEnvEntry[] {
  if (isMapNode(yaml, node)) {
    const entries: ComposeEnvEntry[] = [];
    for (const entry of mapEntries(yaml, node)) {
      const raw = scalarText(yaml, entry.value);
      // `NAME:` with no value passes the variable through from the shell: unknown here.
      if (raw === undefined) continue;
      const keySpan = nodeSpan(yaml, entry.keyNode);
      const valueRange = rangeOf(entry.value);
      const valueSpan = nodeSpan(yaml, resolveAlias(yaml, entry.value));
      entries.push(envEntry(yaml, entry.key, raw, variables, keySpan && valueSpan ? { start: keySpan.start, end: valueSpan.end } : keySpan, valueSpan, contentStart(yaml, valueRange)));
    }
    return entries;
  }
  return seqItems(yaml, node).flatMap((item) => {
    const text = scalarText(yaml, item);
    const range = rangeOf(item);
    if (text === undefined || !range) return [];
    const equals = text.indexOf('=');
    // `- NAME` without `=` passes the variable through from the shell.
    if (equals <= 0) return [];
    const start = contentStart(yaml, range);
    const source = yaml.text.slice(start, range[1]);
    const valueOffset = start + source.indexOf('=') + 1;
    const quoted = start !== range[0];
    const valueSpan = offsetSpan(yaml, valueOffset, quoted ? range[1] - 1 : range[1]);
    return [envEntry(yaml, text.slice(0, equals).trim(), text.slice(equals + 1), variables, nodeSpan(yaml, item), valueSpan, valueOffset)];
  });
}

function envEntry(
  yaml: YamlFile,
  name: string,
  raw: string,
  variables: ReadonlyMap<string, string>,
  span: Span | undefined,
  valueSpan: Span | undefined,
  rawStart: number,
): ComposeEnvEntry {
  const { value, substitutions } = substitute(raw, variables);
  // `${NAME:?message}`: Compose refuses to start without NAME, so the value is whatever the operator sets.
  const required = substitutions.find((substitution) => substitution.resolution === 'required-unset');
  return {
    name,
    value,
    runtime: required ? `Compose requires ${required.name} to be set when it starts (\${${required.name}:?…})` : undefined,
    raw,
    substitutions,
    rawStart,
    location: span ? { file: yaml.file, span } : undefined,
    valueSpan,
  };
}

function readEnvFiles(yaml: YamlFile, node: unknown, dir: string, variables: ReadonlyMap<string, string>): ComposeService['envFiles'] {
  const items = isSeqOrScalar(yaml, node);
  return items.flatMap((item) => {
    const path = scalarText(yaml, item) ?? scalarText(yaml, mapGet(yaml, item, 'path')?.value);
    if (path === undefined) return [];
    const required = scalarText(yaml, mapGet(yaml, item, 'required')?.value) !== 'false';
    return [{ path: relative(dir, substitute(path, variables).value), span: nodeSpan(yaml, item) ?? zeroSpan(), required }];
  });
}

function readVolumes(yaml: YamlFile, node: unknown, dir: string, variables: ReadonlyMap<string, string>): ComposeVolume[] {
  return seqItems(yaml, node).flatMap((item) => {
    const span = nodeSpan(yaml, item) ?? zeroSpan();
    const short = scalarText(yaml, item);
    let source: string | undefined;
    let target: string | undefined;
    if (short !== undefined) {
      [source, target] = substitute(short, variables).value.split(':');
    } else {
      source = scalarText(yaml, mapGet(yaml, item, 'source')?.value);
      target = scalarText(yaml, mapGet(yaml, item, 'target')?.value);
      source = source === undefined ? undefined : substitute(source, variables).value;
    }
    // Named volumes (no `.` or `/` start) hold no repository file.
    if (!source || !target || !/^[./~]/.test(source) || source.startsWith('~')) return [];
    return [{ source: relative(dir, source), target: posix.normalize(target), span }];
  });
}

function readCommands(yaml: YamlFile, node: unknown): ComposeCommand[] {
  const commands: ComposeCommand[] = [];
  for (const key of ['entrypoint', 'command'] as const) {
    const value = mapGet(yaml, node, key)?.value;
    const resolved = resolveAlias(yaml, value);
    const span = nodeSpan(yaml, resolved);
    if (!span) continue;
    const words = seqItems(yaml, value).map((item) => scalarText(yaml, item) ?? '');
    const text = words.length > 0 ? words.join(' ') : (scalarText(yaml, value) ?? '');
    commands.push({ key, text, node: resolved, span });
  }
  return commands;
}

function readBuild(yaml: YamlFile, node: unknown, dir: string, variables: ReadonlyMap<string, string>): string | undefined {
  if (node === undefined || node === null) return undefined;
  const short = scalarText(yaml, node);
  const context = short ?? scalarText(yaml, mapGet(yaml, node, 'context')?.value) ?? '.';
  const dockerfile = scalarText(yaml, mapGet(yaml, node, 'dockerfile')?.value) ?? 'Dockerfile';
  const contextDir = relative(dir, substitute(context, variables).value);
  return relative(contextDir, substitute(dockerfile, variables).value);
}

function isSeqOrScalar(yaml: YamlFile, node: unknown): unknown[] {
  const items = seqItems(yaml, node);
  return items.length > 0 ? items : node === undefined || node === null ? [] : [node];
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return (node as { range?: [number, number, number] | null } | null | undefined)?.range ?? undefined;
}

/** Where a scalar's text starts: after its opening quote, if any. */
function contentStart(yaml: YamlFile, range: [number, number, number] | undefined): number {
  if (!range) return 0;
  const first = yaml.text[range[0]];
  return first === '"' || first === "'" ? range[0] + 1 : range[0];
}

/** A path relative to the repository root, from one relative to `dir`. */
function relative(dir: string, path: string): string {
  if (path.startsWith('/')) return posix.normalize(path);
  const joined = posix.normalize(posix.join(dir, path));
  return joined === '' ? '.' : joined;
}

function zeroSpan(): Span {
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
