import { describe, expect, it } from 'vitest';
import { maskUrlPasswords, SecretRegistry } from '../src/secrets.js';

describe('SecretRegistry', () => {
  it('masks a registered secret wherever it occurs, URL-decoded forms included', () => {
    const secrets = new SecretRegistry();
    secrets.addValue('postgresql+psycopg2://airflow:s3cr%40t-passw0rd@db/airflow', false);
    expect(secrets.mask('driver said: password "s3cr@t-passw0rd" rejected')).toBe('driver said: password "***" rejected');
    expect(secrets.mask('postgresql+psycopg2://airflow:s3cr%40t-passw0rd@db/airflow')).toBe('postgresql+psycopg2://airflow:***@db/airflow');
  });

  it('masks a short, common password only where it stands as a URL password', () => {
    const secrets = new SecretRegistry();
    secrets.addValue('postgresql+psycopg2://airflow:airflow@postgres/airflow', false);
    expect(secrets.mask('config/airflow.cfg: postgresql+psycopg2://airflow:airflow@postgres/airflow')).toBe(
      'config/airflow.cfg: postgresql+psycopg2://airflow:***@postgres/airflow',
    );
  });

  it('treats only the password of a URL-valued secret option as secret', () => {
    const secrets = new SecretRegistry();
    secrets.addValue('sqlite:////opt/airflow/airflow.db', true);
    expect(secrets.values()).toEqual([]);
    secrets.addValue('Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg=', true);
    expect(secrets.mask('key Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg= found')).toBe('key *** found');
  });

  it('masks passwords of URLs it was never told about', () => {
    expect(maskUrlPasswords('redis://:hunter2@redis:6379/0 and amqp://u:p@h//')).toBe('redis://:***@redis:6379/0 and amqp://u:***@h//');
  });
});
