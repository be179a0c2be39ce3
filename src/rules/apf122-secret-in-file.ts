import { envVarName } from '../config/effective.js';
import { secretKeys } from './support/key-options.js';
import { effectiveOption, reportValue, writtenLiterally } from './support/value.js';
import type { Rule } from './types.js';

export const secretInFile: Rule = {
  meta: {
    id: 'APF122',
    alias: 'secret-in-file',
    description: 'A Fernet key, secret key or JWT secret written as a literal into the configuration file, a compose file, a .env file or Helm values.',
    severity: 'warning',
    tags: ['security'],
    versions: 'all; the options checked are those the target release has',
    messages: {
      literal:
        '{{setting}} is written into the file: everyone who can read the repository or the image has the key{{note}}.',
    },
  },
  check(context) {
    for (const key of secretKeys(context)) {
      const value = effectiveOption(context, key.section, key.option);
      if (!value || value.value === undefined) continue;
      if (value.origin !== 'cfg' && !writtenLiterally(context, value)) continue;
      const text = value.value.trim();
      // Empty is another rule's business; a value that is only $VAR references is not a literal.
      if (text === '' || /^(\$\w+|\$\{\w+\})$/.test(text)) continue;
      reportValue(context, value, {
        messageId: 'literal',
        fix: `Remove it from the file and provide it through ${value.option}_cmd, ${value.option}_secret or the ${envVarName(value.section, value.option)} variable.`,
      });
    }
  },
};
