import { interpolateOption } from '../reader/interpolation.js';
import type { InterpolationErrorKind, Position, Span } from '../reader/types.js';
import type { Rule } from './types.js';

const EXPLANATIONS: Record<InterpolationErrorKind, string> = {
  InterpolationSyntaxError: "a '%' that is not followed by '%' or '('",
  InterpolationMissingOptionError: 'a %(name)s reference to an option that is not set in this section or in [DEFAULT]',
  InterpolationDepthError: 'references nested more than 10 deep (probably a loop)',
};

const FIXES: Record<InterpolationErrorKind, string> = {
  InterpolationSyntaxError: "Write a literal '%' as '%%' (a URL-encoded password p%40ss becomes p%%40ss).",
  InterpolationMissingOptionError: "Set the referenced option in the same section or in [DEFAULT], or write '%%(' for a literal '%('.",
  InterpolationDepthError: 'Break the chain of %(name)s references so that it ends in a plain value.',
};

export const interpolationError: Rule = {
  meta: {
    id: 'APF002',
    alias: 'interpolation-error',
    description: "A value that Airflow's configparser cannot interpolate: reading the option raises an Interpolation error.",
    severity: 'error',
    tags: ['syntax'],
    versions: 'all',
    messages: {
      failed: 'Airflow raises {{kind}} when it reads [{{section}}] {{option}}: the value has {{explanation}}.',
    },
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    for (const section of document.sections) {
      for (const option of section.options) {
        const result = interpolateOption(document, section.name, option.key);
        // A value too large to build is APF020's.
        if (result.ok || result.kind === 'InterpolationTooLarge') continue;
        context.report({
          messageId: 'failed',
          data: { kind: result.kind, section: section.name, option: option.key, explanation: EXPLANATIONS[result.kind] },
          span: result.position ? pointSpan(result.position) : option.span,
          fix: FIXES[result.kind],
        });
      }
    }
  },
};

/** A one-character span at a position (the `%` that fails). */
export function pointSpan(position: Position): Span {
  return { start: position, end: { line: position.line, column: position.column + 1 } };
}
