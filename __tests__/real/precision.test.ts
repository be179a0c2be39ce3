// Precision on files copied from real public repositories (__tests__/fixtures/real/, see its README):
// every finding reported is listed here with why it is true. A finding not in the table fails the test
// (a false or unjudged report); a listed one that disappears fails it too (a miss).
import { readFile } from 'node:fs/promises';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../components/repo.js';

interface Judged {
  /** `RULE:line:severity` */
  finding: string;
  why: string;
}

interface RealFixture {
  dir: string;
  version: string;
  expected: Judged[];
}

const FIXTURES: RealFixture[] = [
  {
    dir: 'official-chart-1.15.0',
    version: '2.9.3',
    expected: [
      { finding: 'APF311:1390:warning', why: 'webserver.defaultUser is enabled with password admin: the chart creates an Admin user admin/admin (create-user-job).' },
      { finding: 'APF135:2488:warning', why: 'The chart sets no [webserver] cookie_secure; Airflow 2.9 defaults it to False.' },
    ],
  },
  {
    dir: 'official-chart-1.18.0',
    version: '3.0.2',
    expected: [
      { finding: 'APF205:375:notice', why: 'executor: CeleryExecutor is rendered into [core] executor; Airflow 3 changed the default to LocalExecutor (a notice, not a problem).' },
      { finding: 'APF311:1671:warning', why: 'webserver.defaultUser (FAB auth manager in the chart config) creates admin/admin.' },
    ],
  },
  {
    dir: 'official-compose-2.10',
    version: '2.10.5',
    expected: [
      { finding: 'APF123:56:warning', why: 'No AIRFLOW_CONFIG: each container writes its own /opt/airflow/airflow.cfg with its own generated [webserver] secret_key.' },
      { finding: 'APF135:56:warning', why: 'No [webserver] cookie_secure anywhere; the default is False.' },
      { finding: 'APF115:57:warning', why: 'postgresql+psycopg2://airflow:airflow@postgres/airflow holds the metastore password in the compose file.' },
      { finding: 'APF120:60:warning', why: "AIRFLOW__CORE__FERNET_KEY: '' overrides any generated key: connections are stored unencrypted." },
      { finding: 'APF130:62:warning', why: "AIRFLOW__CORE__LOAD_EXAMPLES: 'true'." },
      { finding: 'APF311:246:warning', why: 'No .env sets _AIRFLOW_WWW_USER_PASSWORD, so airflow-init creates the admin user with the password airflow.' },
    ],
  },
  {
    dir: 'official-compose-3.1',
    version: '3.1.0',
    expected: [
      { finding: 'APF115:60:warning', why: 'The metastore password airflow is written into the URL.' },
      { finding: 'APF120:63:warning', why: "AIRFLOW__CORE__FERNET_KEY: '' wins over the key generated into config/airflow.cfg." },
      { finding: 'APF130:65:warning', why: "AIRFLOW__CORE__LOAD_EXAMPLES: 'true'." },
      { finding: 'APF311:295:warning', why: 'The admin password falls back to airflow.' },
    ],
  },
  {
    dir: 'official-compose-3.1.8',
    version: '3.1.8',
    expected: [
      { finding: 'APF115:60:warning', why: 'The metastore password airflow is written into the URL.' },
      { finding: 'APF308:63:warning', why: 'AIRFLOW__CORE__FERNET_KEY: ${FERNET_KEY} with no .env: empty, so connections are stored unencrypted.' },
      { finding: 'APF130:65:warning', why: "AIRFLOW__CORE__LOAD_EXAMPLES: 'true'." },
      { finding: 'APF123:67:error', why: 'JWT secret falls back to the published airflow_jwt_secret: tokens can be forged.' },
      { finding: 'APF311:295:warning', why: 'The admin password falls back to airflow.' },
    ],
  },
];

async function filesOf(dir: string): Promise<Record<string, string>> {
  const root = `__tests__/fixtures/real/${dir}`;
  const files: Record<string, string> = {};
  for (const path of (await glob(['**/*'], { cwd: root, dot: true, onlyFiles: true })).sort()) {
    if (path.endsWith('README.md')) continue;
    files[path] = await readFile(`${root}/${path}`, 'utf8');
  }
  return files;
}

describe('precision on real files', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.dir}: every error and warning is true, and every judged finding is reported`, async () => {
      const result = await lintFiles(await filesOf(fixture.dir), fixture.version);
      const reported = result.findings.map((f) => `${f.ruleId}:${f.line}:${f.severity}`);
      expect(reported).toEqual(fixture.expected.map((judged) => judged.finding));
      for (const judged of fixture.expected) expect(judged.why.length).toBeGreaterThan(10);
    });
  }

  it('reports no finding from the chart templates and no error on the official files', async () => {
    let errors = 0;
    let total = 0;
    for (const fixture of FIXTURES) {
      const result = await lintFiles(await filesOf(fixture.dir), fixture.version);
      total += result.findings.filter((f) => f.severity !== 'notice').length;
      errors += result.findings.filter((f) => f.severity === 'error' && f.ruleId !== 'APF123').length;
    }
    expect(errors).toBe(0);
    expect(total).toBe(FIXTURES.flatMap((f) => f.expected).filter((judged) => !judged.finding.endsWith(':notice')).length);
  });
});
