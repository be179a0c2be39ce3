import type { EffectiveValue } from '../../config/types.js';
import type { RuleContext } from '../types.js';
import { effectiveOption, pythonInt, resolveValue } from './value.js';

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
  const number = pythonInt(resolved.text);
  return number === undefined ? undefined : { value, number };
}
