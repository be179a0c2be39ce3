// Distinctive secrets in every sensitive place; none may come out of any report, in the library or the CLI.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSarif } from '../../src/app/sarif.js';
import { parseDotenv } from '../../src/sources/dotenv.js';
import { toAnnotation } from '../../src/report/annotations.js';
import { toJson } from '../../src/report/json.js';
import { buildSummary } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';
import { runCli } from '../helpers/cli.js';
import { lintText } from '../helpers/lint.js';

const CANARIES = {
  urlPassword: 'CanaryDbPw7q2Zx9',
  fernetKey: 'CanaryFernet4Lm8Wd3',
  webserverSecret: 'CanaryWebSecret6Hj1Pv',
  // Longer than what any message would quote, with an inline comment (APF003 quotes values).
  apiSecret: `CanaryApiSecret${'x9K2'.repeat(25)}`,
  jwtSecret: 'CanaryJwtSecret3Rt5Ny',
  envJwtSecret: 'CanaryEnvJwt8Ks4Qe',
  envPassword: 'CanaryEnvPw2Vb6Tc',
};

const CFG = `[core]
executor = LocalExecutor
fernet_key = ${CANARIES.fernetKey}  # rotated yearly

[database]
sql_alchemy_conn = postgres://airflow:${CANARIES.urlPassword}@db.internal:5432/airflow

[webserver]
secret_key = ${CANARIES.webserverSecret}

[api]
secret_key = ${CANARIES.apiSecret}  # shared

[api_auth]
jwt_secret = ${CANARIES.jwtSecret}

[smtp]
smtp_host = mail.internal
smtp_password = ${CANARIES.envPassword}
`;

const ENV = `AIRFLOW__API_AUTH__JWT_SECRET=${CANARIES.envJwtSecret}
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgres+psycopg2://airflow:${CANARIES.envPassword}@db.internal/airflow
`;

function expectNoCanary(output: string, where: string): void {
  for (const [name, canary] of Object.entries(CANARIES)) {
    expect(output.includes(canary), `${name} leaked into ${where}`).toBe(false);
    // A cut-off secret is a leak too.
    expect(output.includes(canary.slice(0, 14)), `the start of ${name} leaked into ${where}`).toBe(false);
  }
}

describe('secrets never leave the core unmasked', () => {
  for (const version of ['2.10', '3.1']) {
    it(`masks every secret in text, JSON, SARIF, annotations and the job summary (Airflow ${version})`, async () => {
      const env = parseDotenv('.env', ENV);
      const result = await lintText(CFG, { version, env });
      // The canaries are where the rules look: the findings quote the settings that hold them.
      const ruleIds = new Set(result.findings.map((finding) => finding.ruleId));
      for (const id of ['APF003', 'APF111', 'APF121', 'APF122']) expect(ruleIds, id).toContain(id);
      const mask = (text: string) => result.secrets.mask(text);
      const sources = [{ path: 'airflow.cfg', text: CFG }];
      expectNoCanary(formatText(result, { color: false, quiet: false, mask }), 'the text report');
      expectNoCanary(JSON.stringify(toJson(result, { mask })), 'the JSON report');
      expectNoCanary(JSON.stringify(buildSarif(result, sources, mask)), 'the SARIF log');
      expectNoCanary(JSON.stringify(result.findings.map((finding) => toAnnotation(finding, undefined, mask))), 'the annotations');
      expectNoCanary(buildSummary(result, { docsBaseUrl: 'https://example.com/docs/rules', mask }), 'the job summary');
    });
  }

  it('masks every secret in the bundled CLI output, in every format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'apf-canary-'));
    writeFileSync(join(dir, 'airflow.cfg'), CFG);
    writeFileSync(join(dir, '.env'), ENV);
    for (const format of ['text', 'json', 'sarif']) {
      const run = runCli(['lint', 'airflow.cfg', '--env-file', '.env', '--airflow-version', '3.1', '--format', format], { cwd: dir });
      expect(run.status, `${format}: ${run.stderr}`).toBe(1);
      expect(run.stdout).toContain('APF111');
      expectNoCanary(run.stdout + run.stderr, `the CLI's ${format} output`);
    }
  });
});
