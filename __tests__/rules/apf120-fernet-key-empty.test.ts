import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF120 fernet-key-empty', () => {
  testCases('apf120.cfg', ['APF120']);

  it('says what Airflow does: empty fernet_key', async () => {
    expect(await messagesOf('apf120.cfg', "empty fernet_key", 'APF120')).toEqual([
      "[core] fernet_key is empty: Airflow stores connection passwords and variables unencrypted in the metastore."
    ]);
  });
});
