import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF121 fernet-key-invalid', () => {
  testCases('apf121.cfg', ['APF121']);

  it('says what Airflow does: second key of a rotation list', async () => {
    expect(await messagesOf('apf121.cfg', "second key of a rotation list", 'APF121')).toEqual([
      "Key 2 of 2 in [core] fernet_key is not 32 URL-safe base64-encoded bytes: Airflow fails with \"Fernet key must be 32 url-safe base64-encoded bytes\" when it reads or writes a connection or variable."
    ]);
  });
});
