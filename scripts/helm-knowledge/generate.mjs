// Regenerates src/sources/helm-chart/data/ from the real official Apache Airflow Helm chart
// (`npm run knowledge:helm -- --git /path/to/apache-airflow-clone`).
//
// For every chart release in scripts/helm-knowledge/releases.json it reads, at the release's commit of
// apache/airflow (`git show COMMIT:chart/…`):
//   - chart/Chart.yaml: the chart version and its default Airflow version (appVersion),
//   - chart/values.yaml: every default value, among them the `config:` the chart renders into airflow.cfg,
//   - chart/values.schema.json: the top-level keys a values file of that release may have,
//   - chart/templates/_helpers.yaml: the variables `standard_airflow_environment` sets in every Airflow
//     pod from the chart's secrets, the condition each depends on, and which values key names the secret,
//   - chart/templates/secrets/*.yaml: which values key fills each secret, and whether the chart generates
//     a random value when the key is empty (once, in a pre-install hook, or on every upgrade),
//   - chart/templates/secrets/metadata-connection-secret.yaml: the template of the metadata connection URL,
//   - chart/templates/configmaps/configmap.yaml: how `config:` is rendered (`tpl` of each value).
// and writes src/sources/helm-chart/data/chart-X.json and index.ts.
//
// Options:
//   --git DIR        a clone of apache/airflow with the releases' commits (required)
//   --check          exit 1 when the committed data differs from what the chart sources give
//   --data-dir DIR   where the data lives (default src/sources/helm-chart/data)
import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { parse } from 'yaml';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

async function main() {
  const { values } = parseArgs({
    options: {
      git: { type: 'string' },
      check: { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: join(root, 'src', 'sources', 'helm-chart', 'data') },
    },
  });
  if (!values.git) {
    console.error('Give a clone of apache/airflow with history: npm run knowledge:helm -- --git /path/to/airflow');
    process.exit(2);
  }
  const matrix = JSON.parse(await readFile(join(import.meta.dirname, 'releases.json'), 'utf8'));
  const outputs = new Map();
  for (const release of matrix.releases) {
    const data = await extractRelease(values.git, matrix.repository, release);
    outputs.set(`chart-${release.chart}.json`, `${JSON.stringify(data, null, 1)}\n`);
  }
  outputs.set('index.ts', indexSource(matrix.releases.map((release) => release.chart)));
  let differs = false;
  for (const [name, text] of outputs) {
    const path = join(values['data-dir'], name);
    if (values.check) {
      const current = await readFile(path, 'utf8').catch(() => undefined);
      if (current !== text) {
        console.error(`${name} differs from what the chart sources give`);
        differs = true;
      }
      continue;
    }
    await mkdir(values['data-dir'], { recursive: true });
    await writeFile(path, text);
    console.log(`wrote ${path}`);
  }
  if (differs) process.exit(1);
}

async function show(gitDir, commit, path) {
  const { stdout } = await run('git', ['-C', gitDir, 'show', `${commit}:${path}`], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function extractRelease(gitDir, repository, release) {
  const file = (path) => show(gitDir, release.commit, `chart/${path}`);
  const chart = parse(await file('Chart.yaml'));
  if (chart.version !== release.chart) {
    throw new Error(`chart/Chart.yaml at ${release.commit} has version ${chart.version}, expected ${release.chart}`);
  }
  const defaults = parse(await file('values.yaml'));
  const schema = JSON.parse(await file('values.schema.json'));
  const helpers = await file('templates/_helpers.yaml');
  const configmap = await file('templates/configmaps/configmap.yaml');
  const metadataSecret = await file('templates/secrets/metadata-connection-secret.yaml');
  const secretFiles = await listSecretTemplates(gitDir, release.commit);
  const secrets = {};
  for (const path of secretFiles) Object.assign(secrets, secretValues(await show(gitDir, release.commit, path)));
  return {
    chart: chart.version,
    appVersion: String(chart.appVersion),
    source: { repository, commit: release.commit },
    topLevelKeys: Object.keys(schema.properties ?? {}).sort(),
    configTemplated: /\{\{\s*tpl \(\$val \| toString\)/.test(configmap),
    defaultExecutionApiServerUrl: executionApiDefault(configmap),
    secretVariables: secretVariables(helpers),
    secretNames: secretNameTemplates(helpers),
    secrets,
    metadataConnection: metadataConnectionTemplate(metadataSecret),
    defaults,
  };
}

async function listSecretTemplates(gitDir, commit) {
  const { stdout } = await run('git', ['-C', gitDir, 'ls-tree', '-r', '--name-only', commit, 'chart/templates/secrets/']);
  return stdout.split('\n').filter((path) => path.endsWith('.yaml'));
}

/**
 * The variables of `standard_airflow_environment` whose value comes from a secret: the variable, the secret
 * template that names the secret, and the `{{- if … }}` conditions around it (outermost first).
 */
function secretVariables(helpers) {
  const start = helpers.indexOf('{{- define "standard_airflow_environment" }}');
  if (start < 0) throw new Error('_helpers.yaml has no standard_airflow_environment');
  const lines = helpers.slice(start).split('\n');
  const conditions = [];
  const found = [];
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index].trim();
    if (line === '{{- end }}' && conditions.length === 0) break;
    const opened = /^\{\{-? if (.*?) -?\}\}$/.exec(line);
    if (opened) {
      conditions.push(opened[1]);
      continue;
    }
    if (/^\{\{-? end -?\}\}$/.test(line)) {
      conditions.pop();
      continue;
    }
    const variable = /^- name: (\w+)$/.exec(line);
    if (!variable) continue;
    const block = lines.slice(index + 1, index + 6).join('\n');
    if (!/secretKeyRef:/.test(block)) continue;
    const template = /name: \{\{ template "([\w.]+)" \. \}\}/.exec(block)?.[1];
    const inline = /name: \{\{ default \(printf "%s-([\w-]+)" \.Release\.Name\) \.Values\.([\w.]+) \}\}/.exec(block);
    const key = /key: ([\w-]+)/.exec(block)?.[1];
    found.push({
      variable: variable[1],
      secret: template ?? (inline ? `release-${inline[1]}` : undefined),
      secretNameValue: inline?.[2],
      key,
      conditions: [...conditions],
    });
  }
  return found;
}

/** `{{- define "fernet_key_secret" -}} default (printf "%s-fernet-key" …) .Values.fernetKeySecretName` */
function secretNameTemplates(helpers) {
  const names = {};
  const pattern = /\{\{- define "([\w.]+)" -\}\}\s*\{\{- default \(printf "%s-([\w-]+)" [^)]*\)\)? \.Values\.([\w.]+) \}\}/g;
  for (const match of helpers.matchAll(pattern)) names[match[1]] = { suffix: match[2], nameValue: match[3] };
  return names;
}

/**
 * Each secret the chart fills from a values key: `fernet-key: {{ (default $generated .Values.fernetKey) … }}`.
 * `generated`: `once` (pre-install hook), `every-render` (random on every install and upgrade), or `never`.
 */
function secretValues(text) {
  const result = {};
  const hook = /"helm\.sh\/hook": "pre-install"/.test(text);
  const pattern = /^\s+([\w-]+): \{\{ \(?(?:default \$(\w+) )?\(?\.Values\.([\w.]+)\)?\)?( \| default \(randAlphaNum \d+\))?/gm;
  for (const match of text.matchAll(pattern)) {
    const random = match[2] !== undefined || match[4] !== undefined;
    result[match[1]] = { value: match[3], generated: !random ? 'never' : hook ? 'once' : 'every-render' };
  }
  return result;
}

function metadataConnectionTemplate(text) {
  const assignments = {};
  for (const match of text.matchAll(/^\{\{- \$(\w+) :?= +(.*?) \}\}$/gm)) assignments[match[1]] = match[2];
  const connection = /^\s+connection: \{\{ (.*) \}\}$/m.exec(text)?.[1];
  return { skippedWhen: /\{\{- if not \.Values\.data\.metadataSecretName \}\}/.test(text) ? 'data.metadataSecretName' : undefined, assignments, connection };
}

function executionApiDefault(configmap) {
  const match = /set \$config\.core "execution_api_server_url" \(printf "([^"]+)"/.exec(configmap);
  return match ? match[1] : undefined;
}

function indexSource(charts) {
  const imports = charts.map((chart, index) => `import chart${index} from './chart-${chart}.json' with { type: 'json' };`).join('\n');
  const entries = charts.map((chart, index) => `  '${chart}': chart${index} as unknown as HelmChartKnowledge,`).join('\n');
  return `// Generated by scripts/helm-knowledge/generate.mjs (\`npm run knowledge:helm\`). Do not edit.
import type { HelmChartKnowledge } from '../types.js';
${imports}

/** The official chart's releases with generated knowledge, oldest first. */
export const helmCharts: Readonly<Record<string, HelmChartKnowledge>> = {
${entries}
};
`;
}

await main();
