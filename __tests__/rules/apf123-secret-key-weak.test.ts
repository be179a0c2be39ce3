import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF123 secret-key-weak', () => {
  testCases('apf123.cfg', ['APF123']);

  it('says what Airflow does: secret key and JWT secret not set on Airflow 3', async () => {
    expect(await messagesOf('apf123.cfg', "secret key and JWT secret not set on Airflow 3", 'APF123')).toEqual([
      "[api] secret_key is empty: every component generates its own key, so signed requests between them fail (403 FORBIDDEN when the UI fetches task logs) and sessions break across processes (not set, so Airflow uses its default).",
      "[api_auth] jwt_secret is empty: every component generates its own (\"jwt_secret was empty, using a generated one\"), so tokens from one are rejected by the others (\"Signature verification failed\") (not set, so Airflow uses its default)."
    ]);
  });
});
