import { interpolateOption, MAX_INTERPOLATED_LENGTH } from '../reader/interpolation.js';
import { pointSpan } from './apf002-interpolation-error.js';
import type { Rule } from './types.js';

/**
 * A value whose nested `%(name)s` references expand past a megabyte. configparser has a depth limit (10)
 * but no size limit: ten references per level make 10^10 copies, and Airflow stalls or runs out of
 * memory at start-up. The reader stops at MAX_INTERPOLATED_LENGTH and reports here instead.
 */
export const interpolationTooLarge: Rule = {
  meta: {
    id: 'APF020',
    alias: 'interpolation-too-large',
    description: 'A value whose nested %(name)s references expand to more than a megabyte: Airflow would stall or run out of memory reading it.',
    severity: 'error',
    tags: ['syntax'],
    versions: 'all',
    messages: {
      tooLarge:
        'Reading [{{section}}] {{option}} makes configparser build a value of more than {{limit}} characters: its %(name)s references repeat other values that repeat others in turn. Airflow would stall or run out of memory at start-up.',
    },
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    for (const section of document.sections) {
      for (const option of section.options) {
        if (!option.value.includes('%(')) continue;
        const result = interpolateOption(document, section.name, option.key);
        if (result.ok || result.kind !== 'InterpolationTooLarge') continue;
        context.report({
          messageId: 'tooLarge',
          data: { section: section.name, option: option.key, limit: MAX_INTERPOLATED_LENGTH.toLocaleString('en-US') },
          span: result.position ? pointSpan(result.position) : option.span,
          fix: 'Reference each value once, or write the value out: no configuration needs a value of this size.',
        });
      }
    }
  },
};
