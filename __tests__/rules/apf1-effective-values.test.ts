import { describe, expect, it } from 'vitest';
import { parseDotenv } from '../../src/sources/dotenv.js';
import { expandEnvVar } from '../../src/rules/support/expand.js';
import { parseDatabaseUrl } from '../../src/rules/support/db-url.js';
import { lintText } from '../helpers/lint.js';

const CFG = ['[core]', 'executor = LocalExecutor', '', '[database]', 'sql_alchemy_conn_cmd = cat /run/secrets/conn', ''].join('\n');

describe('effective values seen by the production rules', () => {
  it('reports a variable that overrides the file at the variable, naming the overridden line', async () => {
    const env = parseDotenv('.env', '# production\nAIRFLOW__CORE__EXECUTOR=SequentialExecutor\n');
    const result = await lintText(CFG, { version: '2.10', env });
    const finding = result.findings.find((candidate) => candidate.ruleId === 'APF102');
    expect(finding).toMatchObject({ file: '.env', line: 2, severity: 'error' });
    expect(finding?.message).toBe(
      'AIRFLOW__CORE__EXECUTOR is SequentialExecutor, which runs one task at a time inside the scheduler: no parallelism, not for production (AIRFLOW__CORE__EXECUTOR overrides airflow.cfg:2).',
    );
    expect(finding?.related).toEqual([
      {
        file: 'airflow.cfg',
        span: { start: { line: 2, column: 1 }, end: { line: 2, column: 25 } },
        message: '[core] executor here is overridden by AIRFLOW__CORE__EXECUTOR',
      },
    ]);
  });

  it('expands $VAR from --env-file values the way Airflow does, and leaves unknown ones to run time', async () => {
    const cfg = '[core]\nexecutor = ${EXECUTOR}\n[database]\nsql_alchemy_conn = sqlite:////opt/$DB_DIR/airflow.db\n';
    const known = await lintText(cfg, { version: '2.10', env: parseDotenv('.env', 'EXECUTOR=SequentialExecutor\nDB_DIR=data\n') });
    expect(known.findings.filter((finding) => finding.severity === 'error').map((finding) => `${finding.ruleId}:${finding.line}`)).toEqual([
      'APF102:2',
      'APF110:4',
    ]);
    const unknown = await lintText(cfg, { version: '2.10' });
    expect(unknown.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(unknown.findings.filter((finding) => finding.ruleId === 'APF005').map((finding) => finding.message)).toEqual([
      '[core] executor uses $EXECUTOR, which Airflow expands from the environment at run time; the checks could not see its value.',
      '[database] sql_alchemy_conn uses $DB_DIR, which Airflow expands from the environment at run time; the checks could not see its value.',
    ]);
  });

  it("follows Python's os.path.expandvars: nested values, unknown names kept, ${VAR:-x} literal", () => {
    const variables: Record<string, string> = { A: '$B/x', B: 'b' };
    const lookup = (name: string) => variables[name];
    expect(expandEnvVar('$A and ${B}', lookup)).toEqual({ text: 'b/x and b', unresolved: [] });
    expect(expandEnvVar('$C-${D}', lookup)).toEqual({ text: '$C-${D}', unresolved: ['C', 'D'] });
    expect(expandEnvVar('${B:-fallback}', lookup)).toEqual({ text: '${B:-fallback}', unresolved: [] });
    expect(expandEnvVar('~/airflow', lookup).unresolved).toEqual(['~']);
  });

  it("splits metastore URLs with SQLAlchemy's grammar", () => {
    expect(parseDatabaseUrl('postgresql+psycopg2://u:p%40ss@db.internal:5432/airflow?sslmode=require')).toEqual({
      scheme: 'postgresql+psycopg2',
      dialect: 'postgresql',
      driver: 'psycopg2',
      username: 'u',
      password: 'p%40ss',
      host: 'db.internal',
      port: '5432',
      database: 'airflow',
      query: 'sslmode=require',
    });
    expect(parseDatabaseUrl('sqlite:////opt/airflow/airflow.db')).toMatchObject({ dialect: 'sqlite', host: undefined, database: '/opt/airflow/airflow.db' });
    expect(parseDatabaseUrl('db.internal:5432/airflow')).toBeUndefined();
  });
});
