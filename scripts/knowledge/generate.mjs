// Regenerates src/knowledge/data/ from real Airflow releases (`npm run knowledge`).
//
// For every release in scripts/knowledge/versions.json it
//   1. installs apache-airflow[postgres]==X into a cached virtualenv (scripts/airflow-venv.sh),
//   2. runs scripts/knowledge/extract.py with that venv's python (config schema, deprecations,
//      `airflow config lint` change list, executors, supported metastore dialects),
//   3. creates a throwaway database on a Postgres server, runs the release's real `airflow db migrate`
//      (or `db init`), lists the public-schema tables and reads alembic_version, drops the database,
//   4. adds the cross-release facts (formerOptions: options an earlier release of the matrix had and
//      this one silently ignores), read from the other releases' fresh or committed data,
//   5. writes src/knowledge/data/airflow-X.json and the lazy-loading index.ts.
//
// formerOptions of a release depend on the releases before it: after a partial run (--only) the other
// committed files get their formerOptions recomputed too (nothing else in them changes).
//
// Options:
//   --only 2.10.5,3.1.8   regenerate a subset of the matrix
//   --check               regenerate into a temp dir; exit 1 (with a diff summary) if committed files differ
//   --pg-url URL          Postgres server for the throwaway databases
//                         (env APF_KNOWLEDGE_PG_URL, default postgresql://postgres@127.0.0.1:5432/postgres)
//   --jobs N              releases processed at once (default 3)
//   --data-dir DIR        where the committed data lives (default src/knowledge/data)
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const constraintsDir = join(import.meta.dirname, 'constraints');
const DEFAULT_PG_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Objects at these paths are written on one line each, so a diff shows one changed option per line. */
const INLINE_PATHS = [
  /^sections\.[^.]+\.options\.[^.]+$/,
  /^(deprecatedOptions|deprecatedSections|deprecatedValues|configChanges|formerOptions)\.\d+$/,
  /^cli\.commands\.[^.]+$/,
  /^metastore\.dialectDrivers\.[^.]+$/,
  /^api\.(authBackends|authManagers)\../,
  /^executorProviders\.[^.]+\.sections\.[^.]+\.options\.[^.]+$/,
];

async function main() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      check: { type: 'boolean', default: false },
      'pg-url': { type: 'string' },
      jobs: { type: 'string', default: '3' },
      'data-dir': { type: 'string', default: join(root, 'src', 'knowledge', 'data') },
    },
  });
  const dataDir = values['data-dir'];
  const matrix = JSON.parse(await readFile(join(import.meta.dirname, 'versions.json'), 'utf8')).versions;
  const versions = selectVersions(matrix, values.only);
  const pgUrl = values['pg-url'] ?? process.env.APF_KNOWLEDGE_PG_URL ?? DEFAULT_PG_URL;
  const outDir = values.check ? await mkdtemp(join(tmpdir(), 'apf-knowledge-check-')) : dataDir;
  await mkdir(outDir, { recursive: true });

  const failures = [];
  const fresh = new Map();
  await pool(versions, Number(values.jobs), async (version) => {
    try {
      const facts = await generate(version, pgUrl, values.check ? outDir : constraintsDir);
      fresh.set(version, facts);
      log(`${version}: ${Object.keys(facts.sections).length} sections, ${facts.metastore.tables.length} tables`);
    } catch (error) {
      failures.push(version);
      log(`${version}: FAILED: ${mask(error instanceof Error ? error.message : String(error), pgUrl)}`);
    }
  });
  const all = await withCommitted(fresh, matrix, dataDir);
  for (const version of matrix) {
    const facts = all.get(version);
    if (!facts) continue;
    facts.formerOptions = formerOptions(version, matrix, all);
    // A check compares only what it regenerated; a partial run keeps the other files' formerOptions current.
    if (fresh.has(version) || !values.check) await writeFile(join(outDir, fileName(version)), formatJson(facts));
  }
  await writeFile(join(outDir, 'index.ts'), indexSource(matrix));

  if (values.check) {
    const differences = await compare(outDir, dataDir, versions);
    await rm(outDir, { recursive: true, force: true });
    for (const line of differences) console.log(line);
    if (differences.length > 0 || failures.length > 0) {
      console.log('Committed knowledge data differs from what the releases produce: run `npm run knowledge`.');
      process.exit(1);
    }
    console.log(`Committed knowledge data matches ${versions.join(', ')}.`);
    return;
  }
  if (failures.length > 0) {
    console.error(`Failed: ${failures.join(', ')}`);
    process.exit(1);
  }
}

/** The fresh facts, and the committed data of the releases this run did not regenerate. */
async function withCommitted(fresh, matrix, dataDir) {
  const all = new Map();
  for (const version of matrix) {
    if (fresh.has(version)) {
      all.set(version, fresh.get(version));
      continue;
    }
    const committed = await readFile(join(dataDir, fileName(version)), 'utf8').catch(() => null);
    if (committed !== null) all.set(version, JSON.parse(committed));
  }
  return all;
}

/**
 * Options an earlier release of the matrix declared in core that this release neither declares nor
 * describes (deprecated option or section maps, `airflow config lint` changes): Airflow ignores them
 * without a word. Each carries the last release that declared it and that release's default.
 * Sections this release knows only partly (provider defaults kept by core) are left out.
 */
function formerOptions(version, matrix, all) {
  const facts = all.get(version);
  const found = new Map();
  for (const previous of matrix.slice(0, matrix.indexOf(version))) {
    const old = all.get(previous);
    if (!old) continue;
    for (const [section, sectionFact] of Object.entries(old.sections)) {
      if (sectionFact.owner !== 'core') continue;
      for (const [option, fact] of Object.entries(sectionFact.options)) {
        if (isDescribed(facts, section, option)) continue;
        const entry = { section, option, lastRelease: previous, lastDefault: fact.default };
        if (fact.defaultVariables) entry.lastDefaultVariables = fact.defaultVariables;
        found.set(`${section}\u0000${option}`, entry);
      }
    }
  }
  return [...found.values()].sort((a, b) => compareText(a.section, b.section) || compareText(a.option, b.option));
}

function isDescribed(facts, section, option) {
  const sectionFact = facts.sections[section];
  if (sectionFact && (Object.hasOwn(sectionFact.options, option) || sectionFact.owner === 'core:provider-fallback-defaults')) {
    return true;
  }
  return (
    facts.deprecatedOptions.some((entry) => entry.section === section && entry.option === option) ||
    facts.deprecatedSections.some((entry) => entry.section === section) ||
    facts.configChanges.some((change) => change.section === section && change.option === option)
  );
}

function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function selectVersions(matrix, only) {
  if (!only) return matrix;
  const wanted = only.split(',').map((v) => v.trim()).filter(Boolean);
  const unknown = wanted.filter((v) => !matrix.includes(v));
  if (unknown.length > 0) {
    console.error(`--only: ${unknown.join(', ')} not in scripts/knowledge/versions.json (${matrix.join(', ')}).`);
    process.exit(2);
  }
  return wanted;
}

async function generate(version, pgUrl, freezeDir) {
  const venv = await ensureVenv(version);
  await freeze(venv, version, freezeDir);
  const home = await mkdtemp(join(tmpdir(), `apf-knowledge-${version}-`));
  try {
    const env = airflowEnv(home);
    const { stdout } = await run(join(venv, 'bin', 'python'), [join(import.meta.dirname, 'extract.py')], {
      cwd: home,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    const facts = JSON.parse(stdout);
    const metastore = await migrate(venv, env, facts.metastore.migrateCommand, pgUrl, version);
    facts.metastore = { ...facts.metastore, ...metastore };
    facts.generatedBy = `npm run knowledge -- --only ${version}`;
    return facts;
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/**
 * Records the exact packages of the venv the data came from (scripts/knowledge/constraints/), so that
 * scripts/airflow-venv.sh installs the same providers and libraries on any machine and the data reproduces.
 * Provider packages are not pinned by apache-airflow itself and would otherwise drift with every release.
 */
async function freeze(venv, version, dir) {
  const python = (await run(join(venv, 'bin', 'python'), ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'])).stdout.trim();
  const { stdout } = await run(join(venv, 'bin', 'pip'), ['freeze', '--exclude-editable'], { maxBuffer: 16 * 1024 * 1024 });
  const header = [
    `# Packages of the virtualenv src/knowledge/data/airflow-${version}.json was generated from (pip freeze).`,
    '# Written by `npm run knowledge`; scripts/airflow-venv.sh installs with these constraints.',
  ];
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, constraintsName(version, python)), `${header.join('\n')}\n${stdout.trim()}\n`);
}

function constraintsName(version, python) {
  return `airflow-${version}-py${python}.txt`;
}

async function ensureVenv(version) {
  const { stdout } = await run('bash', [join(root, 'scripts', 'airflow-venv.sh'), version], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout.trim().split('\n').at(-1);
}

/** The environment of a clean install: the caller's AIRFLOW__* variables must not leak into the facts. */
function airflowEnv(home) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('AIRFLOW__') && key !== 'AIRFLOW_CONFIG') env[key] = value;
  }
  return { ...env, AIRFLOW_HOME: home, AIRFLOW__CORE__LOAD_EXAMPLES: 'False', PYTHONWARNINGS: 'ignore', PYTHONDONTWRITEBYTECODE: '1' };
}

async function migrate(venv, env, command, pgUrl, version) {
  const database = `apf_knowledge_${version.replaceAll('.', '_')}_${randomBytes(4).toString('hex')}`;
  await admin(pgUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${database}`;
    const sqlAlchemyUrl = url.toString().replace(/^postgres(ql)?:/, 'postgresql+psycopg2:');
    await run(join(venv, 'bin', 'airflow'), command, {
      env: { ...env, AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: sqlAlchemyUrl },
      cwd: env.AIRFLOW_HOME,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 15 * 60_000,
    });
    return await readMetastore(url.toString());
  } finally {
    await admin(pgUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
}

async function readMetastore(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename COLLATE \"C\"",
    );
    const heads = await client.query('SELECT version_num FROM alembic_version ORDER BY version_num');
    return {
      tables: tables.rows.map((row) => row.tablename),
      migrationHead: heads.rows.map((row) => row.version_num).join(','),
    };
  } finally {
    await client.end();
  }
}

async function admin(pgUrl, fn) {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function pool(items, size, worker) {
  const queue = [...items];
  const runners = Array.from({ length: Math.max(1, Math.min(size || 1, queue.length)) }, async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await worker(item);
  });
  await Promise.all(runners);
}

// ---------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------

function fileName(version) {
  return `airflow-${version}.json`;
}

/** Stable key order, 2-space indent, one option (or one deprecation) per line, trailing newline. */
function formatJson(value) {
  return `${render(sortKeys({ generatedBy: value.generatedBy, ...value }), '', '')}\n`;
}

function render(value, path, indent) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (INLINE_PATHS.some((pattern) => pattern.test(path))) return inline(value);
  const inner = `${indent}  `;
  const child = (key) => (path === '' ? String(key) : `${path}.${key}`);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item, index) => `${inner}${render(item, child(index), inner)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return '{}';
  const entries = keys.map((key) => `${inner}${JSON.stringify(key)}: ${render(value[key], child(key), inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function inline(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  return `{${Object.keys(value)
    .map((key) => `${JSON.stringify(key)}: ${inline(value[key])}`)
    .join(', ')}}`;
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted = {};
  const keys = Object.keys(value).sort((a, b) => (a === 'generatedBy' ? -1 : b === 'generatedBy' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) sorted[key] = sortKeys(value[key]);
  return sorted;
}

function indexSource(versions) {
  const lines = [
    '// Generated by scripts/knowledge/generate.mjs (`npm run knowledge`). Do not edit.',
    '// One lazy loader per release: the bundler splits each JSON file into its own chunk,',
    '// so only the target version is ever loaded.',
    "import type { AirflowKnowledge } from '../types.js';",
    '',
    'export const knowledgeLoaders: Readonly<Record<string, () => Promise<AirflowKnowledge>>> = {',
  ];
  for (const version of versions) {
    lines.push(
      `  '${version}': async () =>`,
      `    (await import('./${fileName(version)}', { with: { type: 'json' } })).default as unknown as AirflowKnowledge,`,
    );
  }
  lines.push('};', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// --check
// ---------------------------------------------------------------------------------------------------

async function compare(outDir, dataDir, versions) {
  const differences = [];
  const names = ['index.ts', ...versions.map(fileName)];
  await noteEnvironmentDrift(outDir);
  for (const name of names) {
    const fresh = await readFile(join(outDir, name), 'utf8').catch(() => null);
    const committed = await readFile(join(dataDir, name), 'utf8').catch(() => null);
    if (fresh === null) {
      differences.push(`${name}: could not be regenerated`);
    } else if (committed === null) {
      differences.push(`${name}: not committed`);
    } else if (fresh !== committed) {
      differences.push(`${name}: differs`);
      if (name.endsWith('.json')) differences.push(...describe(JSON.parse(committed), JSON.parse(fresh)));
    }
  }
  return differences;
}

/** A venv whose packages differ from the committed constraints explains differing data: say so. */
async function noteEnvironmentDrift(outDir) {
  for (const name of (await readdir(outDir)).filter((n) => n.endsWith('.txt'))) {
    const fresh = await readFile(join(outDir, name), 'utf8');
    const committed = await readFile(join(constraintsDir, name), 'utf8').catch(() => null);
    if (committed !== null && committed !== fresh) {
      console.log(`note: the venv's packages differ from scripts/knowledge/constraints/${name} (reinstall it with scripts/airflow-venv.sh)`);
    }
  }
}

/** A short summary of what changed between two knowledge files. */
function describe(committed, fresh) {
  const lines = [];
  for (const key of new Set([...Object.keys(committed), ...Object.keys(fresh)])) {
    if (key === 'sections') continue;
    if (JSON.stringify(committed[key]) !== JSON.stringify(fresh[key])) lines.push(`  ${key} changed`);
  }
  const before = flattenOptions(committed.sections ?? {});
  const after = flattenOptions(fresh.sections ?? {});
  const added = [...after.keys()].filter((k) => !before.has(k));
  const removed = [...before.keys()].filter((k) => !after.has(k));
  const changed = [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k));
  for (const [label, list] of [['added', added], ['removed', removed], ['changed', changed]]) {
    if (list.length > 0) lines.push(`  options ${label} (${list.length}): ${list.slice(0, 8).join(', ')}${list.length > 8 ? ', …' : ''}`);
  }
  return lines;
}

function flattenOptions(sections) {
  const map = new Map();
  for (const [section, fact] of Object.entries(sections)) {
    for (const [option, value] of Object.entries(fact.options ?? {})) {
      map.set(`[${section}] ${option}`, JSON.stringify({ owner: fact.owner, ...value }));
    }
  }
  return map;
}

function mask(text, pgUrl) {
  const password = new URL(pgUrl).password;
  return password ? text.replaceAll(password, '***').replaceAll(decodeURIComponent(password), '***') : text;
}

function log(message) {
  console.error(`[knowledge] ${message}`);
}

await main();
