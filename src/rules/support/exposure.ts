// The exposure rules share one shape: one setting (first of its places the target release has), a test
// for the unsafe value, a message and a fix. Each rule module only states those.
import type { Rule, RuleMeta } from '../types.js';
import type { KeyOption } from './key-options.js';
import { effectiveOption, reportValue, resolveValue } from './value.js';

export interface ExposureSpec {
  meta: Omit<RuleMeta, 'severity' | 'tags' | 'messages'> & { message: string };
  /** Places of the setting, newest first; the first one the target release has is read. */
  places: readonly KeyOption[];
  /** True when the value Airflow reads is the unsafe one. */
  unsafe(text: string): boolean;
  fix: string;
}

export function exposureRule(spec: ExposureSpec): Rule {
  const { message, ...meta } = spec.meta;
  return {
    meta: { ...meta, severity: 'warning', tags: ['exposure', 'security'], messages: { unsafe: message } },
    check(context) {
      const place = spec.places.find((candidate) => context.knowledge.sections[candidate.section]?.options[candidate.option]);
      if (!place) return;
      const value = effectiveOption(context, place.section, place.option);
      if (!value) return;
      const resolved = resolveValue(context, value);
      if (!resolved.known || !spec.unsafe(resolved.text)) return;
      reportValue(context, value, { messageId: 'unsafe', data: { value: resolved.text.trim() }, fix: spec.fix });
    },
  };
}
