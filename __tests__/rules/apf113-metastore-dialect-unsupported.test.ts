import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF113 metastore-dialect-unsupported', () => {
  testCases('apf113.cfg', ['APF113']);

  it('says what Airflow does: MSSQL on a release that dropped it', async () => {
    expect(await messagesOf('apf113.cfg', "MSSQL on a release that dropped it", 'APF113')).toEqual([
      "Airflow 2.10.5 does not support \"mssql\" as a metastore (supported: mysql, postgresql, sqlite); `airflow db migrate` and every component fail."
    ]);
  });

  it('names the driver SQLAlchemy does not have, with the closest one it has', async () => {
    expect(await messagesOf('apf113.cfg', 'psycopg3 is the package, not the driver', 'APF113')).toEqual([
      'SQLAlchemy 1.4.54, which Airflow 2.10.5 installs, has no "psycopg3" driver for postgresql (did you mean postgresql+psycopg2?): every component fails with "Can\'t load plugin: sqlalchemy.dialects:postgresql.psycopg3".',
    ]);
    expect(await messagesOf('apf113.cfg', 'a driver with no close name', 'APF113')).toEqual([
      'SQLAlchemy 1.4.54, which Airflow 2.10.5 installs, has no "nodriver" driver for mysql: every component fails with "Can\'t load plugin: sqlalchemy.dialects:mysql.nodriver".',
    ]);
  });
});
