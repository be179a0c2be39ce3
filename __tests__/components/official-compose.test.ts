import { describe, expect, it } from 'vitest';
import { resolveComponents } from '../../src/components/resolve.js';
import { lint } from '../../src/engine/lint.js';
import { loadRepo } from './repo.js';

describe('the official docker-compose layout: a generated SQLite cfg overridden by compose variables', () => {
  it('finds the Airflow services (not postgres or redis), each reading the mounted config/airflow.cfg', async () => {
    const inputs = await loadRepo('official-compose', '3.1.8');
    const { components } = resolveComponents(inputs);
    expect(components.map((c) => c.view.name)).toEqual([
      'airflow-apiserver (docker-compose.yaml)',
      'airflow-scheduler (docker-compose.yaml)',
      'airflow-dag-processor (docker-compose.yaml)',
      'airflow-worker (docker-compose.yaml)',
      'airflow-triggerer (docker-compose.yaml)',
      'airflow-init (docker-compose.yaml)',
    ]);
    expect(new Set(components.map((c) => c.view.cfgFile))).toEqual(new Set(['config/airflow.cfg']));
  });

  it('takes the executor, the metastore and the (empty) fernet key from the compose lines, over the cfg', async () => {
    const inputs = await loadRepo('official-compose', '3.1.8');
    const worker = resolveComponents(inputs).components.find((c) => c.view.name.startsWith('airflow-worker'));
    const config = worker?.view.config;

    const executor = config?.get('core', 'executor');
    expect(executor).toMatchObject({ origin: 'env', value: 'CeleryExecutor', variable: 'AIRFLOW__CORE__EXECUTOR' });
    expect(executor?.location).toEqual({ file: 'docker-compose.yaml', span: { start: { line: 7, column: 5 }, end: { line: 7, column: 44 } } });
    expect(executor?.overridden.map((v) => [v.origin, v.value, v.location?.file, v.location?.span.start.line])).toEqual([
      ['cfg', 'LocalExecutor', 'config/airflow.cfg', 51],
      ['default', 'LocalExecutor', undefined, undefined],
    ]);

    const conn = config?.get('database', 'sql_alchemy_conn');
    expect(conn).toMatchObject({ origin: 'env', value: 'postgresql+psycopg2://airflow:airflow@postgres/airflow' });
    expect(conn?.location?.span.start.line).toBe(9);
    expect(conn?.overridden[0]).toMatchObject({ origin: 'cfg', value: 'sqlite:////opt/airflow/airflow.db' });

    const fernet = config?.get('core', 'fernet_key');
    expect(fernet).toMatchObject({ origin: 'env', value: '', variable: 'AIRFLOW__CORE__FERNET_KEY' });
    expect(fernet?.location?.span.start.line).toBe(12);
    // The value span is the quoted empty string itself.
    expect(fernet?.valueSpan).toEqual({ start: { line: 12, column: 32 }, end: { line: 12, column: 34 } });
    expect(fernet?.overridden[0]?.location).toMatchObject({ file: 'config/airflow.cfg' });
  });

  it('lints the cfg only through the components: every file is reported with its kind', async () => {
    const inputs = await loadRepo('official-compose', '3.1.8');
    const result = lint({ ...inputs });
    expect(result.files.map((file) => [file.file, file.kind])).toEqual([
      ['config/airflow.cfg', 'cfg'],
      ['.env', 'env'],
      ['docker-compose.yaml', 'compose'],
    ]);
    // The secrets the compose file and the cfg hold never leave the core unmasked.
    expect(result.secrets.values()).toContain('uU9fHmLdBW4JtA8Nwajn8iTIkLsYRXlBubZ_GeYm6ac=');
    expect(result.secrets.mask('redis://x:airflow@db/x')).toBe('redis://x:***@db/x');
  });
});
