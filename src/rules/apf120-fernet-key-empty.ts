import { effectiveOption, optionExists, reportValue, resolveValue, unsetValue } from './support/value.js';
import type { Rule } from './types.js';

export const fernetKeyEmpty: Rule = {
  meta: {
    id: 'APF120',
    alias: 'fernet-key-empty',
    description: 'No Fernet key: Airflow stores connection passwords and variables unencrypted in the metastore.',
    severity: 'warning',
    tags: ['security'],
    versions: 'all',
    messages: {
      empty:
        '[core] fernet_key is empty: Airflow stores connection passwords and variables unencrypted in the metastore{{note}}.',
    },
  },
  check(context) {
    if (!optionExists(context, 'core', 'fernet_key')) return;
    const value = effectiveOption(context, 'core', 'fernet_key') ?? unsetValue('core', 'fernet_key');
    const resolved = resolveValue(context, value);
    if (!resolved.known || resolved.text.trim() !== '') return;
    reportValue(context, value, {
      messageId: 'empty',
      fix: 'Generate a key with `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"` and provide it through fernet_key_cmd, fernet_key_secret or AIRFLOW__CORE__FERNET_KEY.',
    });
  },
};
