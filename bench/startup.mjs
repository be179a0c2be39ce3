// Benchmark 3: cold start of the action's lint-only path, the bundle's sizes, and proof that the
// lint-only path loads no verify code (pg, testcontainers).
// Run: npm run bench:startup   (BENCH_RUNS=N to change the number of runs per command)
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { bundleFiles, importsOf, staticClosure, verifyMarkersIn } from './lib/import-graph.mjs';
import { measure, TIMING_HEADER, timingRow } from './lib/measure.mjs';
import { ACTION, airflowVenv, BENCH_AIRFLOW, bundle, CLI, defaultDump, machine, NODE, progress, REPO, runs } from './lib/setup.mjs';

export const LINT_PATH_LIMIT = 1024 * 1024;
const DIST = join(REPO, 'dist');
const TRACE = join(REPO, 'bench', 'lib', 'trace-loads.mjs');

/** INPUT_* as the runner sets them: action.yml's defaults, overridden by the workflow's `with:`. */
function actionEnv(workspace, inputs) {
  const manifest = parse(readFileSync(join(REPO, 'action.yml'), 'utf8'));
  const runnerTemp = mkdtempSync(join(tmpdir(), 'apf-bench-runner-'));
  writeFileSync(join(runnerTemp, 'output'), '');
  writeFileSync(join(runnerTemp, 'summary.md'), '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(runnerTemp, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md'),
    RUNNER_TEMP: runnerTemp,
  };
  const values = { ...Object.fromEntries(Object.entries(manifest.inputs).map(([name, input]) => [name, String(input.default ?? '')])), ...inputs };
  for (const [name, value] of Object.entries(values)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return { env, runnerTemp };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

export function benchStartup() {
  bundle();
  const cfg = defaultDump(airflowVenv());
  const workspace = dirname(cfg);
  const minor = BENCH_AIRFLOW.split('.').slice(0, 2).join('.');
  const inputs = { config: 'airflow.cfg', 'airflow-version': minor, verify: 'false' };
  const { env, runnerTemp } = actionEnv(workspace, inputs);
  try {
    // Which files a lint-only run loads, traced at run time.
    const traceFile = join(runnerTemp, 'loads.txt');
    measure(NODE, ['--import', TRACE, ACTION], { runs: 1, warmup: 0, cwd: workspace, env: { ...env, APF_TRACE_LOADS: traceFile }, okStatus: [0, 1] });
    const loaded = readFileSync(traceFile, 'utf8').split('\n').filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url)).filter((path) => path.startsWith(DIST));
    const loadedWithVerify = loaded.filter((path) => verifyMarkersIn(path).length > 0);

    progress('node -e 0');
    const node = measure(NODE, ['-e', '0'], { runs: runs(20) });
    progress('action, lint only (node dist/index.js with INPUT_*)');
    const action = measure(NODE, [ACTION], { runs: runs(20), cwd: workspace, env, okStatus: [0, 1], label: 'action lint-only' });
    progress('CLI lint');
    const cli = measure(NODE, ['--', CLI, 'lint', '--airflow-version', minor, 'airflow.cfg'], { runs: runs(20), cwd: workspace, okStatus: [0, 1], label: 'cli lint' });
    const files = bundleFiles(DIST);
    const verifyStep = files.find((file) => verifyMarkersIn(file.path).includes('src/action/verify-step.ts'));
    progress('importing the verify step chunk alone (what a lint-only run does not pay)');
    const verifyImport = measure(NODE, ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(verifyStep.path).href)})`], { runs: runs(10), label: 'import verify step' });
    return report({ files, loaded, loadedWithVerify, node, action, cli, verifyImport, verifyStep, minor });
  } finally {
    rmSync(runnerTemp, { recursive: true, force: true });
  }
}

function report({ files, loaded, loadedWithVerify, node, action, cli, verifyImport, verifyStep, minor }) {
  const actionStatic = new Set(staticClosure(ACTION));
  const cliStatic = new Set(staticClosure(CLI));
  const knowledge = files.filter((file) => /^chunks\/airflow-[\d.]+-/.test(file.name));
  const biggestKnowledge = Math.max(...knowledge.map((file) => file.bytes));
  const lintPath = [...actionStatic].reduce((sum, path) => sum + statSync(path).size, 0) + biggestKnowledge;
  const role = (file) => {
    if (file.path === ACTION) return "the action's entry (runs.main)";
    if (file.path === CLI) return 'the CLI entry (bin)';
    if (file.name === 'post.js') return "the action's post step (runs.post), cleanup only";
    const markers = verifyMarkersIn(file.path);
    if (markers.length > 0) return `verify, on demand (${markers.join(', ')})`;
    const where = [actionStatic.has(file.path) && 'index.js', cliStatic.has(file.path) && 'cli.js'].filter(Boolean);
    if (where.length > 0) return `loaded at start by ${where.join(' and ')}`;
    if (/^chunks\/airflow-/.test(file.name)) return 'knowledge of one release, on demand (one per run)';
    if (/oidc-utils/.test(file.name)) return "@actions/core's OIDC client (undici), on demand, never used";
    return 'on demand';
  };
  const knowledgeRange = `${kb(Math.min(...knowledge.map((file) => file.bytes)))}–${kb(biggestKnowledge)}`;
  const shown = files.filter((file) => !/^chunks\/airflow-/.test(file.name));
  const staticVerify = [...actionStatic, ...cliStatic].filter((path) => verifyMarkersIn(path).length > 0);
  const lines = [
    '### Start-up: the action\'s lint-only path',
    '',
    `Machine: ${machine()}.`,
    '',
    '| file in dist/ | size | role |',
    '| --- | ---: | --- |',
    ...shown.map((file) => `| ${file.name} | ${kb(file.bytes)} | ${role(file)} |`),
    `| chunks/airflow-X.Y.Z-*.js (${knowledge.length} files) | ${knowledgeRange} each | knowledge of one release, on demand (one per run) |`,
    '',
    `Lint path of the action (everything dist/index.js loads before it runs, plus the largest knowledge chunk): **${kb(lintPath)}**; ` +
      `target < 1 MB (${kb(LINT_PATH_LIMIT)}): **${lintPath < LINT_PATH_LIMIT ? 'met' : 'not met'}**.`,
    `Verify code in the static import graph of dist/index.js or dist/cli.js: ${staticVerify.length === 0 ? '**none**' : staticVerify.map((path) => relative(DIST, path)).join(', ')}; ` +
      `the verify step (${verifyStep.name}) is reachable from index.js ${importsOf(ACTION).dynamic.includes(verifyStep.path) ? 'only through `import()`' : '(not found as a dynamic import)'}.`,
    `Files a traced lint-only run loaded (\`node --import bench/lib/trace-loads.mjs dist/index.js\`): ${loaded.map((path) => relative(DIST, path)).join(', ')}; ` +
      `with verify code: **${loadedWithVerify.length === 0 ? 'none' : loadedWithVerify.map((path) => relative(DIST, path)).join(', ')}**.`,
    '',
    `Cold start (a new process each run; the dump of benchmark 1, \`config: airflow.cfg\`, \`airflow-version: '${minor}'\`, \`verify: false\`, the other inputs at action.yml's defaults):`,
    '',
    ...TIMING_HEADER,
    timingRow('`node -e 0` (Node start-up)', node),
    timingRow('action, lint only: `node dist/index.js` with INPUT_*', action),
    timingRow(`CLI: \`node -- dist/cli.js lint --airflow-version ${minor} airflow.cfg\``, cli),
    timingRow(`importing the verify step alone (${verifyStep.name} and its chunks): what a lint-only run does not pay`, verifyImport),
  ];
  return { markdown: lines.join('\n'), met: lintPath < LINT_PATH_LIMIT && loadedWithVerify.length === 0 && staticVerify.length === 0 };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(benchStartup().markdown);
