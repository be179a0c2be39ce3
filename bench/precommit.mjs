// Benchmark 6: the pre-commit hook's command on a typical repository — the official docker-compose
// example (compose file, its .env, the 2,400-line airflow.cfg it mounts) — as pre-commit runs it:
// `airflow-preflight lint FILE...` with the staged files named, once per commit.
// Run: npm run bench:precommit   (BENCH_RUNS=N to change the number of runs)
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measure, TIMING_HEADER, timingRow } from './lib/measure.mjs';
import { bundle, CLI, machine, NODE, progress, REPO, runs } from './lib/setup.mjs';

export const PRECOMMIT_TARGET_MS = 1_000;
const FIXTURE = join(REPO, '__tests__', 'fixtures', 'repos', 'official-compose');
const FILES = ['docker-compose.yaml', '.env', 'config/airflow.cfg'];

export async function benchPrecommit() {
  bundle();
  progress('pre-commit hook on the official docker-compose example');
  const result = measure(NODE, ['--', CLI, 'lint', '--airflow-version', '3.1.8', ...FILES], { cwd: FIXTURE, runs: runs(10), okStatus: [0, 1] });
  const median = result.wall.median;
  const lines = [
    '### pre-commit: one hook run on a typical repository',
    '',
    `Machine: ${machine()}.`,
    '',
    `\`airflow-preflight lint --airflow-version 3.1.8 ${FILES.join(' ')}\` in \`__tests__/fixtures/repos/official-compose\` (what the hook runs when those files are staged):`,
    '',
    ...TIMING_HEADER,
    timingRow('hook run', result),
    '',
    `Target: under ${PRECOMMIT_TARGET_MS / 1000} s: **${median <= PRECOMMIT_TARGET_MS ? 'met' : 'not met'}** (median wall time).`,
  ];
  return { markdown: lines.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log((await benchPrecommit()).markdown);
