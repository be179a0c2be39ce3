// A small evaluator for the Go template expressions the official chart writes in its own `config:`
// (`{{ .Values.executor }}`, `printf`, `ternary`, `semverCompare`, `include "airflow.fullname"` …) and in
// its metadata-connection secret. Written by hand: no JavaScript package evaluates Helm's template
// language, and only the handful of functions the chart's config uses are needed. Anything else makes the
// value unknown (`TemplateUnsupported`), never guessed.
import { compareVersions, parseVersion } from '../../version/compare.js';

/** Stands for the release name and namespace, which a values file does not know. */
export const RELEASE_NAME = 'RELEASE';
export const RELEASE_NAMESPACE = 'NAMESPACE';

export class TemplateUnsupported extends Error {}

type Value = unknown;

export interface TemplateScope {
  /** `.Values`: the chart's defaults merged with the values file. */
  values: Record<string, unknown>;
  /** `.` when it is not the root (inside `with`). */
  dot?: unknown;
  variables?: Map<string, Value> | undefined;
}

interface Action {
  index: number;
  end: number;
  /** `{{-`: trims the white space before. */
  trimBefore: boolean;
  body: string;
  /** `-}}`: trims the white space after. */
  trimAfter: boolean;
}

/**
 * The template actions `{{ … }}` in order, as `/\{\{(-?)\s*([\s\S]*?)\s*(-?)\}\}/g` finds them, with
 * indexOf: that regex scans to the end again from every `{{` that is never closed (quadratic).
 */
function* actions(text: string): Generator<Action> {
  for (let open = text.indexOf('{{'); open >= 0; open = text.indexOf('{{', open)) {
    const close = text.indexOf('}}', open + 2);
    if (close < 0) return;
    let inner = text.slice(open + 2, close);
    const trimBefore = inner.startsWith('-');
    if (trimBefore) inner = inner.slice(1);
    inner = inner.trimStart();
    const trimAfter = inner.endsWith('-');
    if (trimAfter) inner = inner.slice(0, -1);
    yield { index: open, end: close + 2, trimBefore, body: inner.trimEnd(), trimAfter };
    open = close + 2;
  }
}

/** True when the text holds a template action. */
export function hasTemplate(text: string): boolean {
  const open = text.indexOf('{{');
  return open >= 0 && text.indexOf('}}', open + 2) >= 0;
}

/** Renders a template string (Helm's `tpl`); throws TemplateUnsupported for what it cannot evaluate. */
export function renderTemplate(text: string, scope: TemplateScope): string {
  let out = '';
  let last = 0;
  for (const action of actions(text)) {
    let before = text.slice(last, action.index);
    if (action.trimBefore) before = before.trimEnd();
    out += before;
    if (!action.body.startsWith('/*')) out += toText(evaluate(action.body, scope));
    last = action.end;
    if (action.trimAfter) {
      const rest = text.slice(last);
      last += rest.length - rest.trimStart().length;
    }
  }
  return out + text.slice(last);
}

/** Evaluates one pipeline (`a | b c`), the text between `{{` and `}}`. */
export function evaluate(source: string, scope: TemplateScope): Value {
  const parser = new Parser(tokenize(source), scope);
  const value = parser.pipeline();
  parser.expectEnd();
  return value;
}

export function truthy(value: Value): boolean {
  if (value === undefined || value === null || value === false || value === '' || value === 0) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** Go's `%v` / toString of a value the chart's config holds. */
export function toText(value: Value): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new TemplateUnsupported('a structured value');
}

type Token = { kind: 'string' | 'number' | 'field' | 'variable' | 'ident' | 'open' | 'close' | 'pipe'; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:("(?:[^"\\]|\\.)*"|`[^`]*`)|(-?\d+(?:\.\d+)?)|(\$\w*(?:\.\w+)*)|(\.(?:\w+(?:\.\w+)*)?)|([A-Za-z_]\w*)|(\()|(\))|(\|))/y;
  let index = 0;
  while (index < source.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) {
      if (source.slice(index).trim() === '') break;
      throw new TemplateUnsupported(`cannot read "${source.slice(index)}"`);
    }
    index = pattern.lastIndex;
    if (match[1] !== undefined) tokens.push({ kind: 'string', text: match[1].startsWith('`') ? match[1].slice(1, -1) : (JSON.parse(match[1]) as string) });
    else if (match[2] !== undefined) tokens.push({ kind: 'number', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'variable', text: match[3] });
    else if (match[4] !== undefined) tokens.push({ kind: 'field', text: match[4] });
    else if (match[5] !== undefined) tokens.push({ kind: 'ident', text: match[5] });
    else if (match[6] !== undefined) tokens.push({ kind: 'open', text: '(' });
    else if (match[7] !== undefined) tokens.push({ kind: 'close', text: ')' });
    else if (match[8] !== undefined) tokens.push({ kind: 'pipe', text: '|' });
  }
  return tokens;
}

class Parser {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly scope: TemplateScope,
  ) {}

  expectEnd(): void {
    if (this.index < this.tokens.length) throw new TemplateUnsupported('unexpected text');
  }

  pipeline(): Value {
    let value = this.command(undefined, false);
    while (this.tokens[this.index]?.kind === 'pipe') {
      this.index += 1;
      value = this.command(value, true);
    }
    return value;
  }

  private command(piped: Value, hasPiped: boolean): Value {
    const first = this.tokens[this.index];
    if (!first) throw new TemplateUnsupported('empty command');
    if (first.kind === 'ident' && !['true', 'false', 'nil'].includes(first.text)) {
      this.index += 1;
      const args: Value[] = [];
      while (this.startsTerm()) args.push(this.term());
      if (hasPiped) args.push(piped);
      return callFunction(first.text, args, this.scope);
    }
    const value = this.term();
    if (hasPiped) throw new TemplateUnsupported('a value piped into a value');
    return value;
  }

  private startsTerm(): boolean {
    const token = this.tokens[this.index];
    return token !== undefined && token.kind !== 'close' && token.kind !== 'pipe';
  }

  private term(): Value {
    const token = this.tokens[this.index];
    if (!token) throw new TemplateUnsupported('missing value');
    this.index += 1;
    switch (token.kind) {
      case 'string':
        return token.text;
      case 'number':
        return Number(token.text);
      case 'field':
        return this.field(token.text);
      case 'variable':
        return this.variable(token.text);
      case 'ident':
        if (token.text === 'true') return true;
        if (token.text === 'false') return false;
        if (token.text === 'nil') return null;
        return callFunction(token.text, [], this.scope);
      case 'open': {
        const value = this.pipeline();
        if (this.tokens[this.index]?.kind !== 'close') throw new TemplateUnsupported('unclosed parenthesis');
        this.index += 1;
        return value;
      }
      default:
        throw new TemplateUnsupported(`unexpected ${token.text}`);
    }
  }

  private field(path: string): Value {
    if (path === '.') return this.scope.dot ?? ROOT;
    const parts = path.slice(1).split('.');
    if (this.scope.dot !== undefined) return lookup(this.scope.dot, parts);
    return rootLookup(parts, this.scope);
  }

  private variable(text: string): Value {
    const [name, ...parts] = text.split('.');
    if (name === '$') return parts.length === 0 ? ROOT : rootLookup(parts, this.scope);
    const variables = this.scope.variables;
    if (!variables?.has(name ?? '')) throw new TemplateUnsupported(`unknown variable ${name}`);
    return lookup(variables.get(name ?? ''), parts);
  }
}

/** The root context `.` (only passed on to `include` and `tpl`). */
const ROOT = Symbol('root');

function rootLookup(parts: string[], scope: TemplateScope): Value {
  const [head, ...rest] = parts;
  if (head === 'Values') return lookup(scope.values, rest);
  if (head === 'Release') {
    const release: Record<string, string> = { Name: RELEASE_NAME, Namespace: RELEASE_NAMESPACE, Service: 'Helm' };
    return lookup(release, rest);
  }
  if (head === 'Chart') return lookup({ Name: 'airflow' }, rest);
  throw new TemplateUnsupported(`.${parts.join('.')}`);
}

function lookup(value: Value, parts: string[]): Value {
  let current = value;
  for (const part of parts) {
    if (current === undefined || current === null) return undefined;
    if (typeof current !== 'object') throw new TemplateUnsupported(`field ${part} of a scalar`);
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function callFunction(name: string, args: Value[], scope: TemplateScope): Value {
  const text = (index: number) => toText(args[index]);
  switch (name) {
    case 'printf':
      return printf(text(0), args.slice(1));
    case 'ternary':
      return truthy(args[2]) ? args[0] : args[1];
    case 'or':
      return args.find(truthy) ?? args.at(-1);
    case 'and':
      return args.find((arg) => !truthy(arg)) ?? args.at(-1);
    case 'not':
      return !truthy(args[0]);
    case 'eq':
      return args.slice(1).some((arg) => arg === args[0]);
    case 'ne':
      return args[0] !== args[1];
    case 'default':
      return truthy(args[1]) ? args[1] : args[0];
    case 'toString':
      return toText(args[0]);
    case 'int':
      return Math.trunc(Number(args[0]));
    case 'contains':
      return text(1).includes(text(0));
    case 'trimSuffix':
      return text(1).endsWith(text(0)) ? text(1).slice(0, text(1).length - text(0).length) : text(1);
    case 'trim':
      return text(0).trim();
    case 'lower':
      return text(0).toLowerCase();
    case 'upper':
      return text(0).toUpperCase();
    case 'quote':
      return JSON.stringify(text(0));
    case 'urlquery':
      return encodeURIComponent(text(0)).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    case 'semverCompare':
      return semverCompare(text(0), text(1));
    case 'dict':
      return dict(args);
    case 'urlJoin':
      return urlJoin(args[0]);
    case 'include':
    case 'template':
      return include(text(0), scope);
    default:
      throw new TemplateUnsupported(`function ${name}`);
  }
}

function printf(format: string, args: Value[]): string {
  let index = 0;
  return format.replace(/%([sdvq%])/g, (_whole, verb: string) => {
    if (verb === '%') return '%';
    const arg = args[index];
    index += 1;
    if (verb === 'd') return String(Math.trunc(Number(arg)));
    if (verb === 'q') return JSON.stringify(toText(arg));
    return toText(arg);
  });
}

/** Masterminds semver constraints as the chart writes them: `>=3.0.0`, `<2.4.0`, `>=2.2.0 <3.0.0`. */
function semverCompare(constraint: string, version: string): boolean {
  const bare = version.replace(/^v/, '');
  if (!parseVersion(bare)) throw new TemplateUnsupported(`version ${version}`);
  return constraint.split(/[\s,]+/).filter(Boolean).every((part) => {
    const match = /^(>=|<=|>|<|=|!=)?\s*v?([\d.]+)$/.exec(part);
    if (!match?.[2] || !parseVersion(match[2])) throw new TemplateUnsupported(`constraint ${constraint}`);
    const order = compareVersions(bare, match[2]);
    switch (match[1]) {
      case '>=':
        return order >= 0;
      case '<=':
        return order <= 0;
      case '>':
        return order > 0;
      case '<':
        return order < 0;
      case '!=':
        return order !== 0;
      default:
        return order === 0;
    }
  });
}

function dict(args: Value[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (let index = 0; index + 1 < args.length; index += 2) result[toText(args[index])] = args[index + 1];
  return result;
}

/** Sprig's urlJoin: scheme://userinfo@host/path?query. */
function urlJoin(parts: Value): string {
  const get = (key: string) => toText((parts as Record<string, unknown>)[key]);
  const scheme = get('scheme');
  const userinfo = get('userinfo');
  const query = get('query');
  return `${scheme ? `${scheme}:` : ''}//${userinfo ? `${userinfo}@` : ''}${get('host')}${get('path')}${query ? `?${query}` : ''}`;
}

/** The chart's named templates used by its config, as its `_helpers.yaml` defines them. */
function include(name: string, scope: TemplateScope): string {
  const value = (path: string) => lookup(scope.values, path.split('.'));
  const fullname = () => {
    if (!truthy(value('useStandardNaming'))) return RELEASE_NAME;
    if (truthy(value('fullnameOverride'))) return toText(value('fullnameOverride'));
    return `${RELEASE_NAME}-${toText(value('nameOverride')) || 'airflow'}`;
  };
  const home = toText(value('airflowHome'));
  switch (name) {
    case 'airflow.fullname':
      return fullname();
    case 'airflow_config':
      return `${fullname()}-config`;
    case 'airflow_pod_template_file':
      return `${home}/pod_templates`;
    case 'airflow_dags': {
      const mount = toText(value('dags.mountPath'));
      const gitSync = truthy(value('dags.gitSync.enabled'));
      const subPath = toText(value('dags.gitSync.subPath'));
      if (mount) return gitSync ? `${mount}/repo/${subPath}` : mount;
      return gitSync ? `${home}/dags/repo/${subPath}` : `${home}/dags`;
    }
    default:
      throw new TemplateUnsupported(`template ${name}`);
  }
}
