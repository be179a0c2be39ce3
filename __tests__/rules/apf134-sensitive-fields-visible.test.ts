import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF134 sensitive-fields-visible', () => {
  testCases('apf134.cfg', ['APF134']);

  it('says what Airflow does: hide_sensitive_var_conn_fields = False', async () => {
    expect(await messagesOf('apf134.cfg', "hide_sensitive_var_conn_fields = False", 'APF134')).toEqual([
      "[core] hide_sensitive_var_conn_fields is False: passwords, tokens and keys in connections and variables are shown in the UI and written to task logs unmasked."
    ]);
  });
});
