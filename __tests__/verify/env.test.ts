import { describe, expect, it } from 'vitest';
import { buildAirflowEnv, defaultMigrateCommand, releaseAtLeast } from '../../src/verify/env.js';

const options = (airflowVersion: string) => ({
  home: '/tmp/apf-airflow-x',
  configPath: '/tmp/apf-airflow-x/airflow.cfg',
  databaseUrl: 'postgresql+psycopg2://postgres@127.0.0.1:5433/airflow',
  airflowVersion,
});

const inherited = {
  PATH: '/usr/bin',
  AIRFLOW_HOME: '/opt/airflow',
  AIRFLOW_CONFIG: '/opt/airflow/airflow.cfg',
  AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: 'postgresql://prod:pw@prod/airflow',
  AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD: 'cat /run/secrets/db',
  AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET: 'airflow/db',
  AIRFLOW__CORE__SQL_ALCHEMY_CONN: 'postgresql://prod:pw@prod/airflow',
  airflow__database__sql_alchemy_conn_async: 'postgresql+asyncpg://prod:pw@prod/airflow',
  AIRFLOW__CORE__EXECUTOR: 'CeleryExecutor',
};

describe('buildAirflowEnv', () => {
  it('drops every inherited way of naming the metastore, reports them by name, and keeps the rest', () => {
    const { env, removed } = buildAirflowEnv(inherited, options('2.10.5'));
    expect(removed).toEqual([
      'AIRFLOW__CORE__SQL_ALCHEMY_CONN',
      'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN',
      'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_CMD',
      'AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_SECRET',
      'airflow__database__sql_alchemy_conn_async',
    ]);
    expect(env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN).toBe('postgresql+psycopg2://postgres@127.0.0.1:5433/airflow');
    expect(Object.keys(env).filter((k) => /sql_alchemy_conn/i.test(k))).toEqual(['AIRFLOW__DATABASE__SQL_ALCHEMY_CONN']);
    expect(env.AIRFLOW_HOME).toBe('/tmp/apf-airflow-x');
    expect(env.AIRFLOW_CONFIG).toBe('/tmp/apf-airflow-x/airflow.cfg');
    expect(env.AIRFLOW__CORE__EXECUTOR).toBe('CeleryExecutor');
    expect(env.PATH).toBe('/usr/bin');
    expect(JSON.stringify(env)).not.toContain('prod:pw');
  });

  it('also sets [core] sql_alchemy_conn before 2.3, where Airflow read it from there', () => {
    const { env } = buildAirflowEnv(inherited, options('2.2.5'));
    expect(env.AIRFLOW__CORE__SQL_ALCHEMY_CONN).toBe('postgresql+psycopg2://postgres@127.0.0.1:5433/airflow');
    expect(env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN).toBe('postgresql+psycopg2://postgres@127.0.0.1:5433/airflow');
  });

  it('points Airflow 3 async engine at the throwaway database too', () => {
    const { env } = buildAirflowEnv(inherited, options('3.1.8'));
    expect(env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC).toBe('postgresql+asyncpg://postgres@127.0.0.1:5433/airflow');
    expect(env.AIRFLOW__CORE__SQL_ALCHEMY_CONN).toBeUndefined();
  });
});

describe('defaultMigrateCommand and releaseAtLeast', () => {
  it('uses db migrate from 2.7 and db init before', () => {
    expect(defaultMigrateCommand('2.6.3')).toEqual(['db', 'init']);
    expect(defaultMigrateCommand('2.7.0')).toEqual(['db', 'migrate']);
    expect(defaultMigrateCommand('3.1.8')).toEqual(['db', 'migrate']);
  });

  it('compares release numbers of local and dev versions', () => {
    expect(releaseAtLeast('2.10.5+astro.1', '2.7')).toBe(true);
    expect(releaseAtLeast('3.1.0.dev0', '3.0')).toBe(true);
    expect(releaseAtLeast('2.9.3', '2.10')).toBe(false);
    expect(releaseAtLeast('unknown', '2.3')).toBe(false);
  });
});
