import type { EffectiveValue } from '../../config/types.js';
import type { AirflowKnowledge } from '../../knowledge/types.js';
import type { RuleContext } from '../types.js';
import { effectiveOption, pythonInt, resolveValue } from './value.js';

// Python's own number syntax, as int() and float() accept it (the Python language, not an Airflow fact):
// surrounding white space, an optional sign, single underscores between digits; float() also takes
// exponents, `inf`, `infinity` and `nan` in any case.
const DIGITS = String.raw`\d+(?:_\d+)*`;
const PYTHON_FLOAT = new RegExp(
  String.raw`^\s*[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)\s*$`,
  'i',
);

/** Whether Python's float() reads the text. */
export function isPythonFloat(text: string): boolean {
  return PYTHON_FLOAT.test(text);
}

/**
 * The number AirflowConfigParser.getint returns for a text, or undefined when it refuses it: what
 * Python's int() reads, and on releases whose getint accepts them (knowledge `integerValues`) texts
 * float() reads whose number is whole and finite, such as `16.0`.
 */
export function airflowInteger(knowledge: AirflowKnowledge, text: string): number | undefined {
  const integer = pythonInt(text);
  if (integer !== undefined || !knowledge.integerValues?.acceptsWholeFloats || !isPythonFloat(text)) return integer;
  // Only finite decimal texts reach Number() here: `inf` / `nan` are NaN for it and refused below.
  const number = Number(text.trim().replace(/_/g, ''));
  return Number.isFinite(number) && Number.isInteger(number) ? number : undefined;
}

export interface IntegerSetting {
  value: EffectiveValue;
  number: number;
}

/** An integer option as `conf.getint` reads it; undefined when unknown, unset or not an integer. */
export function integerOption(context: RuleContext, section: string, option: string): IntegerSetting | undefined {
  const value = effectiveOption(context, section, option);
  if (!value) return undefined;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return undefined;
  const number = airflowInteger(context.knowledge, resolved.text);
  return number === undefined ? undefined : { value, number };
}
