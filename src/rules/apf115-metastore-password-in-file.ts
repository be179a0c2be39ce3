import { envVarName } from '../config/effective.js';
import { parseDatabaseUrl } from './support/db-url.js';
import { effectiveOption, reportValue, writtenLiterally } from './support/value.js';
import type { Rule } from './types.js';

export const metastorePasswordInFile: Rule = {
  meta: {
    id: 'APF115',
    alias: 'metastore-password-in-file',
    description: 'The metastore password is written into the configuration file, a compose file or a .env file.',
    severity: 'warning',
    tags: ['security'],
    versions: 'all',
    messages: {
      password:
        '{{setting}} contains the database password in plain text: everyone who can read the repository or the image can reach the metastore{{note}}.',
    },
  },
  check(context) {
    const value = effectiveOption(context, 'database', 'sql_alchemy_conn');
    if (!value || value.value === undefined) return;
    if (value.origin !== 'cfg' && !writtenLiterally(context, value)) return;
    // The text as written: a password given as $VAR is not in the file.
    const password = parseDatabaseUrl(value.value)?.password;
    if (!password || password.includes('$')) return;
    const variable = envVarName(value.section, value.option);
    reportValue(context, value, {
      messageId: 'password',
      fix: `Remove the URL from the file and set ${value.option}_cmd, ${value.option}_secret or the ${variable} variable instead.`,
    });
  },
};
