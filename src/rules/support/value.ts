// What a rule needs to know about one effective value: the text Airflow will use (after `$VAR`
// expansion, when every variable is known), where to report it, and which written value it overrides.
import { valueSpanOf } from '../../config/effective.js';
import type { EffectiveValue } from '../../config/types.js';
import type { RelatedLocation } from '../../findings.js';
import { positionInValue } from '../../reader/interpolation.js';
import type { Span } from '../../reader/types.js';
import type { ReportDescriptor, RuleContext } from '../types.js';
import { expandEnvVar } from './expand.js';
import { sectionNamed } from '../../reader/find.js';

export type Resolved = { known: true; text: string } | { known: false; why: string };

/** The text Airflow would read, or why only the running process knows it. Never guessed. */
export function resolveValue(context: RuleContext, value: EffectiveValue): Resolved {
  if (value.variant === 'cmd') return { known: false, why: `it is the output of the command in ${settingName(value)}` };
  if (value.variant === 'secret') return { known: false, why: `it is read from the secrets backend (${settingName(value)})` };
  if (value.value === undefined) return { known: false, why: value.reference ?? 'it is resolved at run time' };
  const expansion = expandEnvVar(value.value, (name) => context.config.variable?.(name));
  if (expansion.unresolved.length > 0) {
    const names = expansion.unresolved.map((name) => (name === '~' ? '~' : `$${name}`)).join(', ');
    return { known: false, why: `it uses ${names}, resolved at run time` };
  }
  return { known: true, text: expansion.text };
}

/** The effective value of an option the target release has; undefined for an option it does not know. */
export function effectiveOption(context: RuleContext, section: string, option: string): EffectiveValue | undefined {
  if (!optionExists(context, section, option)) return undefined;
  return context.config.get(section, option);
}

export function optionExists(context: RuleContext, section: string, option: string): boolean {
  return context.knowledge.sections[section]?.options[option] !== undefined;
}

/** How a finding names the setting: `[core] executor`, `[core] fernet_key_cmd`, or the variable. */
export function settingName(value: EffectiveValue): string {
  const key = value.variant === 'value' ? value.option : `${value.option}_${value.variant}`;
  if (value.origin === 'env' && value.variable) return value.variable;
  return `[${value.section}] ${key}`;
}

export interface ValueLocation {
  file: string;
  span: Span;
  related: RelatedLocation[] | undefined;
  /** Appended to messages: which line a variable overrides, or that Airflow's default applies. */
  note: string;
}

/** Where to report a value: its own text; for a variable, its line, mentioning the cfg line it overrides. */
export function locateValue(context: RuleContext, value: EffectiveValue): ValueLocation {
  if (value.origin === 'default' || !value.location) {
    const note = value.provider === 'chart' ? " (not set in the values file, so the chart's default applies)" : ' (not set, so Airflow uses its default)';
    return { file: context.file, span: sectionSpan(context, value.section), related: undefined, note };
  }
  const span = value.node ? valueSpanOf(value.node) : (value.valueSpan ?? value.location.span);
  const hidden = value.overridden.filter((other) => other.origin !== 'default' && other.location);
  if (value.origin !== 'env' || hidden.length === 0) {
    return { file: value.location.file, span, related: undefined, note: '' };
  }
  const related = hidden.map((other) => ({
    file: other.location?.file ?? context.file,
    span: other.node ? other.node.span : (other.location?.span ?? span),
    message: `${settingName(other)} here is overridden by ${settingName(value)}`,
  }));
  const lines = related.map((other) => `${other.file}:${other.span.start.line}`).join(', ');
  return { file: value.location.file, span, related, note: ` (${settingName(value)} overrides ${lines})` };
}

/**
 * A point for findings about an option nobody set: its section header, else the component's anchor (a
 * compose service's environment), else the first header, else line 1.
 */
function sectionSpan(context: RuleContext, section: string): Span {
  const sections = context.document?.sections ?? [];
  const header = (context.document && sectionNamed(context.document, section))?.headerSpan ?? context.anchorSpan ?? sections[0]?.headerSpan;
  return header ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

export type ValueReport = Omit<ReportDescriptor, 'span' | 'file' | 'related'> & { span?: Span | undefined };

/** Reports at the value's location; every message template ends with `{{note}}`. */
export function reportValue(context: RuleContext, value: EffectiveValue, descriptor: ValueReport): void {
  const where = locateValue(context, value);
  context.report({
    ...descriptor,
    data: { setting: settingName(value), ...descriptor.data, note: where.note },
    file: where.file,
    span: descriptor.span ?? where.span,
    related: where.related,
  });
}

/** Python's `int()` on a config string: surrounding white space, a sign, digits with single underscores. */
export function pythonInt(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?\d+(?:_\d+)*$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(/_/g, ''));
}

/** AirflowConfigParser.getboolean: lower-cased, cut at `#`, then t/true/1 or f/false/0. */
export function airflowBoolean(text: string): boolean | undefined {
  let value = text.toLowerCase().trim();
  if (value.includes('#')) value = (value.split('#')[0] ?? '').trim();
  if (['t', 'true', '1'].includes(value)) return true;
  if (['f', 'false', '0'].includes(value)) return false;
  return undefined;
}

/** The span of `length` characters at `offset` in a cfg value; the whole value elsewhere. */
export function spanInValue(value: EffectiveValue, offset: number, length: number): Span | undefined {
  if (!value.node) return undefined;
  const start = positionInValue(value.node, offset);
  const end = positionInValue(value.node, offset + Math.max(length, 1));
  return end.line === start.line ? { start, end } : { start, end: { line: start.line, column: start.column + 1 } };
}

/** Stands for an option nobody set and that has no default in the knowledge data (generated keys). */
export function unsetValue(section: string, option: string): EffectiveValue {
  return { section, option, variant: 'value', origin: 'default', value: '', overridden: [] };
}

/**
 * Whether a variable's value is written as it is in a repository file: a compose value without `$`
 * references (its text read at its own span), a .env or Dockerfile line, or a key of Helm values the chart
 * turns into the variable (`fernetKey`, `webserverSecretKey`). Not for values only the cluster knows.
 */
export function writtenLiterally(context: RuleContext, value: EffectiveValue): boolean {
  if (value.origin !== 'env' || !value.location || value.value === undefined) return false;
  if (value.provider === 'chart') return value.variable !== undefined && !/SQL_ALCHEMY_CONN|AIRFLOW_CONN_/.test(value.variable);
  const span = value.valueSpan;
  if (value.location.file !== context.file || !span || span.start.line !== span.end.line) return !value.value.includes('$') && value.location.file !== context.file;
  const line = context.lines[span.start.line - 1] ?? '';
  return !line.slice(span.start.column - 1, span.end.column - 1).includes('$');
}
