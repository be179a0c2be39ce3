import { exposureRule } from './support/exposure.js';
import { airflowBoolean } from './support/value.js';

export const sensitiveFieldsVisible = exposureRule({
  meta: {
    id: 'APF134',
    alias: 'sensitive-fields-visible',
    description: 'Sensitive connection and variable fields are shown in clear in the UI and logs.',
    versions: 'all releases that have [core] hide_sensitive_var_conn_fields',
    message:
      '{{setting}} is {{value}}: passwords, tokens and keys in connections and variables are shown in the UI and written to task logs unmasked{{note}}.',
  },
  places: [{ section: 'core', option: 'hide_sensitive_var_conn_fields' }],
  unsafe: (text) => airflowBoolean(text) === false,
  fix: 'Set `hide_sensitive_var_conn_fields = True` under [core].',
});
