// Benchmark 2: 1, 10, 100 and 1,000 full default dumps linted in one call; time and peak memory per point.
// Each file is the real default dump with its own variations, as separate deployments would have:
// its own fernet key, webserver and JWT secrets (so masking has many secrets), and its own parallelism.
// Run: npm run bench:scale   (BENCH_RUNS=N to change the number of runs per point)
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatRss, formatTime, measure, ms } from './lib/measure.mjs';
import { airflowVenv, BENCH_AIRFLOW, bundle, CLI, defaultDump, lineCount, machine, NODE, progress, runs } from './lib/setup.mjs';

export const SCALE_POINTS = [1, 10, 100, 1000];

/** The dump with file-specific secrets and parallelism; every variation keeps the file a valid dump. */
export function variant(text, index) {
  const secret = (name, bytes) => createHash('sha256').update(`${name}-${index}`).digest().subarray(0, bytes).toString('base64');
  const urlSafe = (value) => value.replace(/\+/g, '-').replace(/\//g, '_');
  return text
    .replace(/^fernet_key = .*$/m, `fernet_key = ${urlSafe(secret('fernet', 32))}`)
    .replace(/^secret_key = .*$/m, `secret_key = ${secret('secret', 16)}`)
    .replace(/^jwt_secret = .*$/m, `jwt_secret = ${secret('jwt', 16)}`)
    .replace(/^parallelism = .*$/m, `parallelism = ${16 + (index % 48)}`);
}

export function benchScale() {
  bundle();
  const dump = readFileSync(defaultDump(airflowVenv()), 'utf8');
  const minor = BENCH_AIRFLOW.split('.').slice(0, 2).join('.');
  const args = ['--', CLI, 'lint', '--airflow-version', minor, '**/airflow.cfg'];
  const root = mkdtempSync(join(tmpdir(), 'apf-bench-scale-'));
  try {
    progress('node -e 0');
    const node = measure(NODE, ['-e', '0'], { runs: runs(20) });
    const points = [];
    for (const count of SCALE_POINTS) {
      const dir = join(root, String(count));
      for (let i = 0; i < count; i += 1) {
        mkdirSync(join(dir, `deployment-${i}`), { recursive: true });
        writeFileSync(join(dir, `deployment-${i}`, 'airflow.cfg'), variant(dump, i));
      }
      progress(`${count} file(s): node ${args.join(' ')}`);
      const result = measure(NODE, args, { runs: runs(count >= 1000 ? 5 : 10), cwd: dir, okStatus: [0, 1], label: `lint ${count} files` });
      const reported = /^(\d+) errors?, (\d+) warnings?, (\d+) notices?/m.exec(result.lastStdout);
      points.push({ count, result, findings: reported ? reported.slice(1).reduce((sum, n) => sum + Number(n), 0) : undefined });
      rmSync(dir, { recursive: true, force: true });
    }
    return report(points, node, dump);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function report(points, node, dump) {
  const at = (count) => points.find((point) => point.count === count).result;
  const budget = 3 * at(10).wall.median + node.wall.median;
  const big = at(1000).wall.median;
  const lines = [
    '### Scale: many full dumps in one call',
    '',
    `Machine: ${machine()}.`,
    `Files: the default airflow.cfg of Airflow ${BENCH_AIRFLOW} (${dump.split('\n').length - 1} lines each), each with its own fernet key, secrets and parallelism, linted with \`node -- dist/cli.js lint --airflow-version ${BENCH_AIRFLOW.split('.').slice(0, 2).join('.')} '**/airflow.cfg'\`.`,
    '',
    '| files | runs | findings | wall median (IQR) | wall min–max | CPU (user+sys) median | per file (wall) | peak RSS |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...points.map(({ count, result, findings }) =>
      `| ${count.toLocaleString('en')} | ${result.runs} | ${findings?.toLocaleString('en') ?? '?'} | ${formatTime(result.wall)} | ${ms(result.wall.min)}–${ms(result.wall.max)} | ${result.cpu ? ms(result.cpu.median) : 'n/a'} | ${ms(result.wall.median / count)} | ${formatRss(result.rss)} |`,
    ),
    '',
    `Node's start-up (\`node -e 0\`, ${node.runs} runs): ${formatTime(node.wall)}.`,
    `Target: 1,000 files ≤ 3 × the 10-file point + Node's start-up = 3 × ${ms(at(10).wall.median)} + ${ms(node.wall.median)} = ${ms(budget)}; ` +
      `measured ${ms(big)}: **${big <= budget ? 'met' : 'not met'}** (${(big / budget).toFixed(1)}× the budget). ` +
      `Marginal cost per extra file between 10 and 1,000 files: ${ms((big - at(10).wall.median) / 990)}.`,
  ];
  return { markdown: lines.join('\n'), met: big <= budget };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(benchScale().markdown);
