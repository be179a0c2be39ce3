import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskShapes, maskValue } from '../src/secret-spans.js';
import { SecretRegistry } from '../src/secrets.js';

describe('maskValue: the secret where it stands', () => {
  const cases: [string, Parameters<typeof maskValue>[1], string][] = [
    ['postgresql+psycopg2://airflow:airflow@postgres/airflow', {}, 'postgresql+psycopg2://airflow:***@postgres/airflow'],
    ['postgresql://u:pa ss@db/x', {}, 'postgresql://u:***@db/x'],
    ['postgresql://u:pa\nss@db/x', {}, 'postgresql://u:***@db/x'],
    ['postgresql://u:p@ss@db/x', {}, 'postgresql://u:***@db/x'],
    ['postgresql://u:pa/ss@db/x', {}, 'postgresql://u:***@db/x'],
    ['postgresql://db:5432/airflow', {}, 'postgresql://db:5432/airflow'],
    ['postgresql://airflow@db/airflow?password=hunter2&sslmode=require', {}, 'postgresql://airflow@db/airflow?password=***&sslmode=require'],
    ["host=db user=airflow password='pw with space' dbname=x", {}, "host=db user=airflow password='***' dbname=x"],
    ['DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc/def==;EndpointSuffix=x', {}, 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=***;EndpointSuffix=x'],
    ['{"url": "http://vault:8200", "token": "s.abc", "mount_point": "airflow"}', {}, '{"url": "http://vault:8200", "token": "***", "mount_point": "airflow"}'],
    ['{"connect_args": {"password": "pw", "sslmode": "require"}}', {}, '{"connect_args": {"password": "***", "sslmode": "require"}}'],
    ['{"apiKey": 12345, "credentials": {"a": 1}, "ok": null}', {}, '{"apiKey": ***, "credentials": ***, "ok": null}'],
    ['admin:pw1,ops:pw2', { name: 'flower_basic_auth' }, 'admin:***,ops:***'],
    ['https://abc123@o1.ingest.sentry.io/42', { name: 'sentry_dsn', secret: true }, 'https://***@o1.ingest.sentry.io/42'],
    ['  Zm9vYmFy=  ', { name: 'fernet_key' }, '  ***  '],
    ['{"profile_name": "x"}', { secret: true }, '***'],
    ['apache-airflow[postgres]==2.10.4', {}, 'apache-airflow[postgres]==2.10.4'],
    ['/opt/airflow/dags', {}, '/opt/airflow/dags'],
  ];
  for (const [value, place, shown] of cases) {
    it(`${JSON.stringify(value)} ${JSON.stringify(place)}`, () => expect(maskValue(value, place)).toBe(shown));
  }
});

describe('SecretRegistry: weak secrets only where they stand', () => {
  it('masks `airflow` as a quoted value, not in words, paths or schemes', () => {
    const secrets = new SecretRegistry();
    secrets.addValue('airflow', { name: 'fernet_key' });
    expect(secrets.mask("ParsingError: [line  2]: 'fernet_key = airflow'")).toBe("ParsingError: [line  2]: 'fernet_key = ***'");
    expect(secrets.mask('apache-airflow[postgres] /opt/airflow postgresql://airflow@db/airflow')).toBe(
      'apache-airflow[postgres] /opt/airflow postgresql://airflow@db/airflow',
    );
    expect(secrets.values()).toEqual([]);
  });
});

describe('every scan is linear', () => {
  it('stays fast on long hostile texts', () => {
    fc.assert(
      fc.property(fc.constantFrom('a://:', '"', "'", '//', 'password=', '{"token":', '@', ' ', 'a'), (piece) => {
        const text = piece.repeat(20_000);
        // Correctness only (no timing asserts): the call returns, and masks nothing it should not.
        expect(typeof maskShapes(text)).toBe('string');
      }),
      { numRuns: 9 },
    );
  });
});
