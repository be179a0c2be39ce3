// `explain`: per component, every option set anywhere, the value that wins (secrets masked) and where
// it is written, with what it overrode. Pure: takes resolved components, returns rows and text.
import { visible } from '../output/text.js';
import type { EffectiveValue } from '../config/types.js';
import { isSecretOption } from '../engine/collect-secrets.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import { maskValue, type SecretRegistry } from '../secrets.js';
import type { ComponentView } from './types.js';

export interface ExplainRow {
  section: string;
  option: string;
  /** The value Airflow uses, masked; `_cmd`/`_secret` forms show the command or path. */
  value: string;
  /** `env AIRFLOW__CORE__EXECUTOR`, `cfg`, … */
  origin: string;
  /** `file:line` of the winning value. */
  source: string;
  /** The values it hides, as `file:line`. */
  overrides: string[];
}

export interface ExplainComponent {
  component: string;
  cfgFile: string | undefined;
  rows: ExplainRow[];
  /** Rows left out because their value is the release's default (`explain --all` shows them). */
  restated?: number | undefined;
}

export function explainComponents(components: readonly ComponentView[], knowledge: AirflowKnowledge, secrets: SecretRegistry): ExplainComponent[] {
  return components.map((component) => ({
    component: component.name,
    cfgFile: component.cfgFile,
    rows: rowsOf(component, knowledge, secrets),
  }));
}

function rowsOf(component: ComponentView, knowledge: AirflowKnowledge, secrets: SecretRegistry): ExplainRow[] {
  const seen = new Set<string>();
  const rows: ExplainRow[] = [];
  for (const explicit of component.config.explicit()) {
    const option = explicit.option.replace(/_(cmd|secret)$/, '');
    const base = knowledge.sections[explicit.section]?.options[option]?.sensitive ? option : explicit.option;
    const key = `${explicit.section}\u0000${base}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const winner = component.config.get(explicit.section, base) ?? explicit;
    rows.push({
      section: winner.section,
      option: winner.option,
      value: shownValue(winner, knowledge, secrets),
      // Airflow looks names up in lower case: `EXECUTOR` is written, listed, and never read (APF210).
      origin: neverRead(winner, knowledge) ? 'cfg, never read (name not in lower case)' : originOf(winner),
      source: placeOf(winner),
      overrides: winner.overridden.filter((v) => v.origin !== 'default').map(placeOf),
    });
  }
  return rows.sort((a, b) => a.section.localeCompare(b.section) || a.option.localeCompare(b.option));
}

/** The value with its secrets masked where they stand (src/secrets.ts): by the option's meaning and the value's shape. */
function shownValue(value: EffectiveValue, knowledge: AirflowKnowledge, secrets: SecretRegistry): string {
  if (value.variant !== 'value') return `(${value.variant === 'cmd' ? 'command' : 'secret'}: ${secrets.maskField(value.reference ?? '')})`;
  // Only the running deployment knows it (a Kubernetes secret, a key the chart or Airflow generates): say why.
  if (value.value === undefined) return `(unknown here: ${secrets.maskField(value.reference ?? 'resolved at run time')})`;
  const text = value.value;
  // A value registered as a secret elsewhere (a [DEFAULT] value a secret option interpolates) is one here too.
  const secret = isSecretOption(value.section, value.option, knowledge) || secrets.isSecret(text);
  return secrets.mask(maskValue(text, { name: value.option, secret })).replace(/\n/g, '⏎');
}

/** A cfg name with upper-case letters, outside the sections Airflow hands over whole (names kept as written there). */
function neverRead(value: EffectiveValue, knowledge: AirflowKnowledge): boolean {
  if (value.origin !== 'cfg' || value.option === value.option.toLowerCase()) return false;
  return knowledge.sectionsReadWhole?.includes(value.section) !== true;
}

function originOf(value: EffectiveValue): string {
  const variant = value.variant === 'value' ? '' : ` (_${value.variant})`;
  return value.origin === 'env' ? `env ${value.variable ?? ''}${variant}` : `${value.origin}${variant}`;
}

function placeOf(value: EffectiveValue): string {
  return value.location ? `${value.location.file}:${value.location.span.start.line}` : value.origin;
}

/** A plain-text table per component. */
/** Long values (log formats, JSON) would push the source column off the screen; `--format json` has them whole. */
const MAX_VALUE_WIDTH = 48;

function shorten(value: string): string {
  if (value === '') return '(empty)';
  return value.length <= MAX_VALUE_WIDTH ? value : `${value.slice(0, MAX_VALUE_WIDTH - 1)}…`;
}

export function formatExplainText(components: readonly ExplainComponent[]): string {
  const blocks = components.map((component) => {
    const header = visible(`${component.component}${component.cfgFile ? ` — reads ${component.cfgFile}` : ''}`);
    if (component.rows.length === 0) {
      const restated = component.restated ? ` (${component.restated} set to the release's default value; --all shows them)` : '';
      return `${header}\n  (nothing differs from Airflow's defaults)${restated}\n`;
    }
    // Names, values and paths come from the repository: control characters are shown, never written.
    const cells = component.rows.map((row) => [
      `[${row.section}] ${row.option}`,
      shorten(row.value),
      row.source,
      [row.overrides.length > 0 ? `overrides ${row.overrides.join(', ')}` : '', row.origin.includes('never read') ? 'never read: Airflow looks names up in lower case' : '']
        .filter(Boolean)
        .join('; '),
    ].map(visible));
    const widths = [0, 1, 2].map((column) => Math.max(...cells.map((cell) => (cell[column] ?? '').length)));
    const lines = cells.map((cell) =>
      `  ${cell.map((text, column) => (column < 3 ? text.padEnd(widths[column] ?? 0) : text)).join('  ')}`.trimEnd(),
    );
    const restated = component.restated ? `\n  (${component.restated} more set to the release's default value; --all shows them)` : '';
    return `${header}\n${lines.join('\n')}${restated}\n`;
  });
  return blocks.join('\n');
}
