// Benchmark 1: one full default dump linted by airflow-preflight and by Airflow's own `airflow config lint`.
// Run: npm run bench:lint   (BENCH_RUNS=N rounds of 4 + 4 + 1 runs; 5 by default)
import { pathToFileURL } from 'node:url';
import { basename, dirname } from 'node:path';
import { statSync } from 'node:fs';
import { measureOnce, summarise, TIMING_HEADER, timingRow } from './lib/measure.mjs';
import { airflowEnv, airflowVenv, BENCH_AIRFLOW, bundle, CLI, defaultDump, lineCount, machine, NODE, progress, runs } from './lib/setup.mjs';

export const LINT_TARGET_RATIO = 50;

export function benchLint() {
  bundle();
  const venv = airflowVenv();
  const cfg = defaultDump(venv);
  const home = dirname(cfg);
  const minor = BENCH_AIRFLOW.split('.').slice(0, 2).join('.');
  const ours = ['--', CLI, 'lint', '--airflow-version', minor, basename(cfg)];

  // Interleaved rounds (Node start-up, then airflow-preflight, then Airflow), so that both tools
  // meet the same machine load; the first round only warms the file cache.
  const commands = {
    node: [NODE, ['-e', '0'], {}],
    preflight: [NODE, ours, { cwd: home, okStatus: [0, 1], label: 'airflow-preflight lint' }],
    airflow: [`${venv}/bin/airflow`, ['config', 'lint'], { cwd: home, env: airflowEnv(home), label: 'airflow config lint' }],
  };
  const perRound = { node: 4, preflight: 4, airflow: 1 };
  const samples = { node: [], preflight: [], airflow: [] };
  const rounds = runs(5);
  for (let round = 0; round <= rounds; round += 1) {
    progress(`round ${round}/${rounds}${round === 0 ? ' (warm-up)' : ''}: node -e 0, node ${ours.join(' ')}, airflow config lint`);
    for (const [name, [command, args, options]] of Object.entries(commands)) {
      for (let i = 0; i < perRound[name]; i += 1) {
        const sample = measureOnce(command, args, options);
        if (round > 0) samples[name].push(sample);
      }
    }
  }
  const [node, preflight, airflow] = ['node', 'preflight', 'airflow'].map((name) => summarise(samples[name]));
  if (!/airflow\.cfg/.test(airflow.lastStdout)) progress(`note: airflow config lint printed: ${airflow.lastStdout.trim().slice(0, 200)}`);

  const ratio = airflow.wall.median / preflight.wall.median;
  const cpuRatio = airflow.cpu && preflight.cpu ? airflow.cpu.median / preflight.cpu.median : undefined;
  const lines = [
    `### Lint one default dump: airflow-preflight vs \`airflow config lint\``,
    '',
    `Machine: ${machine()}.`,
    `File: the airflow.cfg Airflow ${BENCH_AIRFLOW} writes on first start (${lineCount(cfg).toLocaleString('en')} lines, ${(statSync(cfg).size / 1024).toFixed(0)} KB).`,
    '',
    ...TIMING_HEADER,
    timingRow('`node -e 0` (Node start-up, for reference)', node),
    timingRow(`\`node -- dist/cli.js lint --airflow-version ${minor} airflow.cfg\``, preflight),
    timingRow(`\`airflow config lint\` (Airflow ${BENCH_AIRFLOW}, AIRFLOW_HOME = AIRFLOW_CONFIG's directory)`, airflow),
    '',
    `airflow-preflight is **${ratio.toFixed(0)}×** faster by median wall time${cpuRatio ? ` (${cpuRatio.toFixed(0)}× by CPU time)` : ''}. ` +
      `Target ≥ ${LINT_TARGET_RATIO}×: **${ratio >= LINT_TARGET_RATIO ? 'met' : 'not met'}**.`,
  ];
  return { markdown: lines.join('\n'), ratio };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(benchLint().markdown);
