// Generated canaries: one secret at a time, in each place a secret can stand (by the option's meaning
// and by the value's shape), through every output of every command: lint (text, JSON, SARIF, job
// summary, annotations), parse (text, JSON, the configparser error), explain (text, JSON) and the
// error lines verify relays from Airflow. None may leak; and masking must not eat ordinary words.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInputs, runLint } from '../../src/app/run-lint.js';
import { buildSarif } from '../../src/app/sarif.js';
import { renderExplain } from '../../src/cli/explain-command.js';
import { renderParse } from '../../src/cli/parse-command.js';
import { toAnnotation } from '../../src/report/annotations.js';
import { toJson } from '../../src/report/json.js';
import { buildSummary } from '../../src/report/summary.js';
import { formatText } from '../../src/report/text.js';

/** A repository with one secret in it: file name → text. */
type Place = (secret: string) => Record<string, string>;

const cfg = (text: string) => ({ 'airflow.cfg': text });

/** Every place a secret stands in, with the configuration around it a user would write. */
const PLACES: Record<string, Place> = {
  'URL password': (s) => cfg(`[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:${s}@db:5432/airflow\n`),
  'URL password with a space': (s) => cfg(`[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:${s} more@db/airflow\n`),
  'URL split by a continuation line': (s) => cfg(`[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:${s}\n  Tail7@db/airflow\n`),
  'DSN password key': (s) => cfg(`[database]\nsql_alchemy_conn = postgresql://airflow@db/airflow?password=${s}&sslmode=require\n`),
  'broker URL': (s) => cfg(`[core]\nexecutor = CeleryExecutor\n[celery]\nbroker_url = redis://:${s}@redis:6379/0\n`),
  'fernet key': (s) => cfg(`[core]\nfernet_key = ${s}\n`),
  'fernet key with an inline comment': (s) => cfg(`[core]\nfernet_key = ${s}  # rotated yearly\n`),
  'webserver secret key': (s) => cfg(`[webserver]\nsecret_key = ${s}\n`),
  'JWT secret': (s) => cfg(`[api_auth]\njwt_secret = ${s}\n`),
  'SMTP password': (s) => cfg(`[smtp]\nsmtp_host = mail\nsmtp_password = ${s}\n`),
  'secrets backend kwargs': (s) =>
    cfg(`[secrets]\nbackend = airflow.providers.hashicorp.secrets.vault.VaultBackend\nbackend_kwargs = {"url": "http://vault:8200", "token": "${s}", "mount_point": "airflow"}\n`),
  'engine args': (s) => cfg(`[database]\nsql_alchemy_engine_args = {"pool_pre_ping": true, "connect_args": {"password": "${s}"}}\n`),
  'flower basic auth': (s) => cfg(`[celery]\nflower_basic_auth = admin:${s},ops:Other9pw\n`),
  'Sentry DSN key': (s) => cfg(`[sentry]\nsentry_on = True\nsentry_dsn = https://${s}@o123.ingest.sentry.io/42\n`),
  'a [DEFAULT] value fernet_key interpolates': (s) => cfg(`[DEFAULT]\nshared = ${s}\n\n[core]\nfernet_key = %(shared)s\n`),
  'a line configparser refuses (no section header)': (s) => cfg(`fernet_key = ${s}\n[core]\nexecutor = LocalExecutor\n`),
  'a URL in a line configparser refuses': (s) => cfg(`[database]\nsql_alchemy_conn postgresql://airflow:${s}@db/airflow\n`),
  '.env variable': (s) => ({ 'airflow.cfg': '[core]\nexecutor = LocalExecutor\n', '.env': `AIRFLOW__CORE__FERNET_KEY=${s}\n` }),
  'compose variable': (s) => ({
    'airflow.cfg': '[core]\nexecutor = LocalExecutor\n',
    'docker-compose.yaml': `services:\n  scheduler:\n    image: apache/airflow:2.10.4\n    command: scheduler\n    environment:\n      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:${s}@postgres/airflow\n      AIRFLOW__WEBSERVER__SECRET_KEY: '${s}'\n`,
  }),
};

/** Distinctive canaries (digits and letters), and plain-letter ones that only their place gives away. */
const canary = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{4}[0-9][A-Za-z0-9]{7}$/).map((tail) => `Cn${tail}`),
  fc.stringMatching(/^[A-Z][a-z]{9,12}$/),
);

const workdirs: string[] = [];
afterAll(() => {
  for (const dir of workdirs) rmSync(dir, { recursive: true, force: true });
});

function writeRepository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'apf-canary-'));
  workdirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Every output of every command for one repository, by name. */
async function allOutputs(dir: string, files: Record<string, string>, airflowVersion?: string): Promise<Record<string, string>> {
  const options = { paths: [], root: dir, airflowVersion, envFiles: files['.env'] ? [join(dir, '.env')] : [] };
  const { result, sources } = await runLint({ ...options, disable: [], strictSuppressions: false });
  const mask = (text: string) => result.secrets.mask(text);
  const outputs: Record<string, string> = {
    'lint text': formatText(result, { color: false, quiet: false, mask }),
    'lint json': JSON.stringify(toJson(result, { mask })),
    'lint sarif': JSON.stringify(buildSarif(result, sources, mask)),
    'lint annotations': JSON.stringify(result.findings.map((finding) => toAnnotation(finding, undefined, mask))),
    'lint job summary': buildSummary(result, { docsBaseUrl: 'https://example.test/docs/rules', mask }),
  };
  const inputs = await loadInputs(options);
  outputs['explain text'] = renderExplain(inputs, 'text');
  outputs['explain json'] = renderExplain(inputs, 'json');
  const cfgText = files['airflow.cfg'] ?? '';
  outputs['parse text'] = (await renderParse('airflow.cfg', cfgText, { format: 'text', showSecrets: false })).output;
  outputs['parse json'] = (await renderParse('airflow.cfg', cfgText, { format: 'json', showSecrets: false })).output;
  // What verify relays when Airflow fails on this cfg: SQLAlchemy and configparser quote the value and the line.
  const relayed = cfgText.split('\n').flatMap((line) => [
    `configparser.ParsingError: Source contains parsing errors: 'airflow.cfg'\t[line  2]: '${line}'`,
    ...(/^sql_alchemy_conn\s*=/.test(line) ? [`sqlalchemy.exc.ArgumentError: Could not parse SQLAlchemy URL from string '${line.replace(/^[^=]*=\s*/, '')}'`] : []),
  ]);
  outputs['verify error lines'] = relayed.map(mask).join('\n');
  return outputs;
}

/** The secret, and every piece of it a value split across lines shows on its own. */
function pieces(secret: string): string[] {
  return [secret, secret.slice(0, 10)];
}

let outputsChecked = 0;

describe('no secret in any output, wherever it stands', () => {
  for (const [place, build] of Object.entries(PLACES)) {
    it(`${place}`, async () => {
      await fc.assert(
        fc.asyncProperty(canary, async (secret) => {
          const files = build(secret);
          const outputs = await allOutputs(writeRepository(files), files, '2.10');
          for (const [output, text] of Object.entries(outputs)) {
            outputsChecked += 1;
            for (const piece of pieces(secret)) expect(text.includes(piece), `${place}: ${output} shows ${piece}`).toBe(false);
          }
        }),
        { numRuns: 6 },
      );
    });
  }

  it('checked about a thousand outputs', () => {
    expect(outputsChecked).toBeGreaterThanOrEqual(Object.keys(PLACES).length * 6 * 10);
  });
});

describe('masking hides the secret where it stands, not the word everywhere', () => {
  for (const password of ['postgres', 'airflow']) {
    it(`a weak password '${password}' leaves postgresql://, apache-airflow and paths readable`, async () => {
      const files = {
        'airflow.cfg': `[core]\nexecutor = LocalExecutor\ndags_folder = /opt/airflow/dags\n[database]\nsql_alchemy_conn = postgresql://airflow:${password}@postgres/airflow\n`,
        'requirements.txt': 'apache-airflow[postgres]==2.10.4\n',
      };
      // No version given: it is detected from the requirements line, which the report quotes.
      const outputs = await allOutputs(writeRepository(files), files, undefined);
      for (const [output, text] of Object.entries(outputs)) {
        expect(text, output).not.toMatch(/\*\*\*ql|\*\*\*\[|apache-\*\*\*|\/opt\/\*\*\*|\/\/\*\*\*:/);
      }
      for (const output of ['explain text', 'parse text', 'verify error lines']) {
        expect(outputs[output], output).toContain(`postgresql://airflow:***@postgres/airflow`);
      }
      expect(outputs['lint text']).toContain('apache-airflow[postgres]==2.10.4');
      expect(outputs['parse text']).toContain('dags_folder = /opt/airflow/dags');
    });
  }
});
