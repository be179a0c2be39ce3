import type { OptionNode } from '../reader/types.js';
import type { Rule } from './types.js';

const LOOKS_LIKE_OPTION = /^([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]/;

export const indentedOption: Rule = {
  meta: {
    id: 'APF004',
    alias: 'indented-option',
    description: 'An indented `key = value` line is read as a continuation of the option above, not as an option.',
    severity: 'warning',
    tags: ['syntax'],
    versions: 'all',
    messages: {
      swallowed:
        '"{{key}}" is indented, so configparser reads this line as part of [{{section}}] {{option}} above: {{key}} is not set, and {{option}} gets a second line.',
    },
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    for (const section of document.sections) {
      const known = context.knowledge.sections[section.name]?.options ?? {};
      for (const option of section.options) {
        for (const line of continuationLines(option)) {
          const key = LOOKS_LIKE_OPTION.exec(line.text)?.[1]?.toLowerCase();
          if (!key || !Object.hasOwn(known, key)) continue;
          context.report({
            messageId: 'swallowed',
            data: { key, section: section.name, option: option.key },
            span: line.span,
            fix: `Remove the indentation in front of ${key}.`,
          });
        }
      }
    }
  },
};

function continuationLines(option: OptionNode): OptionNode['valueLines'] {
  return option.valueLines.slice(1).filter((line) => line.text !== '');
}
