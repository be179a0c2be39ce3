import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF112 sqlite-relative-path', () => {
  testCases('apf112.cfg', ['APF112']);

  it('says what Airflow does: in-memory database', async () => {
    expect(await messagesOf('apf112.cfg', "in-memory database", 'APF112')).toEqual([
      "[database] sql_alchemy_conn is an in-memory SQLite database: each process gets its own empty database, and everything is lost when it exits."
    ]);
  });

  it('says what the target release does with a relative path', async () => {
    expect(await messagesOf('apf112.cfg', 'relative path', 'APF112')).toEqual([
      '[database] sql_alchemy_conn is a relative SQLite path: Airflow 2.10.5 refuses it when any component starts ("Cannot use relative path … to connect to sqlite").',
    ]);
    expect(await messagesOf('apf112.cfg', 'relative path on a release without the check', 'APF112')).toEqual([
      "[database] sql_alchemy_conn is a relative SQLite path: Airflow 2.7.3 opens it relative to each process's working directory, so components started from different directories use different databases.",
    ]);
  });
});
