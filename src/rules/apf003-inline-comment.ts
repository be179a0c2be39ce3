import { isSecretOption } from '../engine/collect-secrets.js';
import { positionInValue } from '../reader/interpolation.js';
import { urlPassword } from '../secrets.js';
import type { OptionNode, SectionNode } from '../reader/types.js';
import type { Rule, RuleContext } from './types.js';
import { inlineCommentEdit } from './support/fix-edits.js';

/** configparser only knows whole-line comments here: Airflow does not set inline_comment_prefixes. */
const INLINE_COMMENT = /\s([#;])/;
const URL_WITHOUT_SPACE = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

export const inlineComment: Rule = {
  meta: {
    id: 'APF003',
    alias: 'inline-comment',
    description: "A `#` or `;` comment after a value: configparser keeps it as part of the value.",
    severity: 'warning',
    tags: ['syntax'],
    versions: 'all',
    messages: {
      kept:
        "[{{section}}] {{option}} is read as \"{{value}}\": configparser keeps the '{{prefix}}' comment as part of the value (only options read as booleans cut it off).",
      keptSecret:
        "[{{section}}] {{option}} keeps the '{{prefix}}' comment as part of the value: Airflow reads the secret with the comment text appended.",
    },
  },
  check(context) {
    const document = context.document;
    if (!document) return;
    const sections: SectionNode[] = document.defaults ? [document.defaults, ...document.sections] : document.sections;
    for (const section of sections) {
      for (const option of section.options) {
        // APF101 reports the executor, where the comment makes the value unloadable.
        if (section.name === 'core' && option.key === 'executor') continue;
        checkOption(option, section.name, isSecretOption(section.name, option.key, context.knowledge), context);
      }
    }
  },
};

function checkOption(option: OptionNode, section: string, secret: boolean, context: RuleContext): void {
  const firstLine = option.valueLines[0]?.text ?? '';
  const match = INLINE_COMMENT.exec(firstLine);
  if (!match || !match[1]) return;
  const start = positionInValue(option, match.index + 1);
  const line = option.valueLines[0];
  if (!line) return;
  const keepsSecret = secret || urlPassword(firstLine) !== undefined;
  // A secret is cut automatically only when it is a URL, which cannot hold white space: otherwise the
  // text after ` #` may be part of it.
  const cuttable = !keepsSecret || URL_WITHOUT_SPACE.test(firstLine.slice(0, match.index).trimEnd());
  const edit = cuttable && context.documentIsFile ? inlineCommentEdit(context.lines, start) : undefined;
  // A shortened secret would no longer match the masked value: never quote one.
  context.report({
    messageId: keepsSecret ? 'keptSecret' : 'kept',
    data: { section, option: option.key, value: shorten(firstLine), prefix: match[1] },
    span: { start, end: line.span.end },
    fix: 'Move the comment to its own line above the option.',
    edits: edit ? [edit] : undefined,
  });
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
