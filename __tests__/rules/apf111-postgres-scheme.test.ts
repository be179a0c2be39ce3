import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF111 postgres-scheme', () => {
  testCases('apf111.cfg', ['APF111']);

  it('says what Airflow does: postgres:// scheme', async () => {
    expect(await messagesOf('apf111.cfg', "postgres:// scheme", 'APF111')).toEqual([
      "SQLAlchemy 1.4.54 has no \"postgres\" dialect: Airflow rewrites the URL with a FutureWarning at every start, and any other tool given this URL fails with NoSuchModuleError."
    ]);
  });
});
