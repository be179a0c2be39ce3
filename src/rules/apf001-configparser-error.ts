import type { ConfigParserError } from '../reader/types.js';
import type { Rule } from './types.js';

const FIXES: Record<ConfigParserError['kind'], string> = {
  MissingSectionHeaderError:
    'Start the file with a section header such as [core]; if the first line already is one, save the file as UTF-8 without a byte order mark.',
  DuplicateSectionError: 'Merge the two sections into one: Airflow refuses a file that repeats a section.',
  DuplicateOptionError: 'Keep one of the two lines: Airflow refuses a file that sets an option twice in one section.',
  ParsingError:
    'Write the line as `key = value`, indent it deeper than its option to continue a value, or start it with # to make it a comment.',
};

/** Reported by the engine when the reader fails: Airflow cannot start with this file at all. */
export const configparserError: Rule = {
  meta: {
    id: 'APF001',
    alias: 'configparser-error',
    description: "The file cannot be read by Airflow's configuration parser (Python configparser), so Airflow refuses to start.",
    severity: 'error',
    tags: ['syntax'],
    versions: 'all',
    messages: {
      failed: 'Airflow cannot read this file: configparser raises {{kind}} here ({{detail}}).',
    },
  },
  runsOnUnreadableFile: true,
  check(context) {
    const error = context.parseError;
    if (!error) return;
    context.report({
      messageId: 'failed',
      data: { kind: error.kind, detail: describe(error) },
      span: error.span,
      fix: FIXES[error.kind],
    });
  },
};

function describe(error: ConfigParserError): string {
  switch (error.kind) {
    case 'MissingSectionHeaderError':
      return 'no [section] header before the first option';
    case 'DuplicateSectionError':
      return 'this section already appeared earlier in the file';
    case 'DuplicateOptionError':
      return 'this option is already set earlier in the same section';
    case 'ParsingError':
      return 'the line is neither a section header, an option, a comment, nor an indented continuation';
  }
}
