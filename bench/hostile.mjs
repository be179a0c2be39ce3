// Benchmark: every hostile input of bench/lib/hostile-inputs.mjs (each up to about 1 MB) through the CLI,
// with its wall time and peak RSS. Target: under 2 s and 300 MB each, exit 0, 1 or 2.
// Run: npm run bench:hostile   (BENCH_RUNS=N to change the number of runs per input)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOSTILE_INPUTS } from './lib/hostile-inputs.mjs';
import { bundle, CLI, machine, NODE, progress, REPO, runs } from './lib/setup.mjs';

const PROBE = join(REPO, 'bench', 'lib', 'rss-probe.mjs');

function runOnce(dir, args) {
  const rssFile = join(dir, '.rss');
  const start = process.hrtime.bigint();
  const run = spawnSync(NODE, ['--import', PROBE, '--', CLI, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', APF_RSS_FILE: rssFile }, timeout: 120_000 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
  return { status: run.status, seconds, rssMb };
}

export function benchHostile() {
  bundle();
  const count = runs(3);
  const rows = [];
  for (const [name, input] of Object.entries(HOSTILE_INPUTS)) {
    progress(name);
    const dir = mkdtempSync(join(tmpdir(), 'apf-bench-hostile-'));
    try {
      let bytes = 0;
      for (const [file, text] of Object.entries(input.files)) {
        writeFileSync(join(dir, file), text);
        bytes += Buffer.byteLength(text);
      }
      const measured = Array.from({ length: count }, () => runOnce(dir, input.args));
      const seconds = measured.map((m) => m.seconds).sort((a, b) => a - b);
      const median = seconds[Math.floor(seconds.length / 2)];
      const rss = Math.max(...measured.map((m) => m.rssMb));
      const statuses = [...new Set(measured.map((m) => m.status))].join(', ');
      rows.push(`| ${name} | ${(bytes / 1024).toFixed(0)} KB | \`${input.args.join(' ')}\` | ${statuses} | ${median.toFixed(2)} s | ${Math.max(...seconds).toFixed(2)} s | ${rss.toFixed(0)} MB |`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const markdown = [
    '#### Hostile inputs: time and peak memory',
    '',
    `\`npm run bench:hostile\`, ${count} run(s) per input, on ${machine()}. Target: under 2 s and 300 MB each, exit 0, 1 or 2.`,
    '',
    '| input | size | command | exit | median | slowest | peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  return { markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(benchHostile().markdown);
