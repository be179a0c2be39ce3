// Whole-process timing: runs a command repeatedly and reports wall time (process.hrtime around the
// spawn), CPU time (user + sys) and peak resident memory. CPU and memory come from GNU time
// (/usr/bin/time, Debian's `time` package) when it is installed; without it only wall time is shown.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const HAS_GNU_TIME = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

/**
 * Runs `command args` `runs` times after `warmup` unmeasured runs (to warm the file cache).
 * `okStatus` lists the exit codes that count as a normal run (a linter exits 1 on findings).
 */
export function measure(command, args, { runs = 10, warmup = 1, ...options } = {}) {
  const samples = [];
  try {
    for (let i = 0; i < warmup + runs; i += 1) {
      const sample = measureOnce(command, args, options);
      if (i >= warmup) samples.push(sample);
      process.stderr.write('.');
    }
  } finally {
    process.stderr.write('\n');
  }
  return summarise(samples);
}

/** One run: wall time, and CPU time and peak memory where GNU time is installed. */
export function measureOnce(command, args, { cwd, env = process.env, okStatus = [0], label = command } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'apf-bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  try {
    const argv = HAS_GNU_TIME ? [GNU_TIME, '-o', timeFile, '-f', '%U %S %M', command, ...args] : [command, ...args];
    const started = process.hrtime.bigint();
    const run = spawnSync(argv[0], argv.slice(1), { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (run.error) throw run.error;
    if (!okStatus.includes(run.status)) {
      throw new Error(`${label}: exited with ${run.status}\n${(run.stderr || run.stdout).slice(-2000)}`);
    }
    const sample = { wallMs, cpuMs: undefined, maxRssKb: undefined, stdout: run.stdout };
    if (HAS_GNU_TIME) {
      const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
      const [user, sys, rss] = last.split(' ').map(Number);
      sample.cpuMs = (user + sys) * 1000;
      sample.maxRssKb = rss;
    }
    return sample;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Median, quartiles, min and max of each measured quantity. */
export function summarise(samples) {
  const pick = (key) => stats(samples.map((sample) => sample[key]).filter((value) => value !== undefined));
  return { runs: samples.length, wall: pick('wallMs'), cpu: pick('cpuMs'), rss: pick('maxRssKb'), lastStdout: samples.at(-1)?.stdout ?? '' };
}

export function stats(values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted.at(-1),
  };
}

/** Linear interpolation between closest ranks (the method numpy and R use by default). */
function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** `412 ms (IQR 398–430)` or `6.21 s (IQR 6.02–6.48)`: one unit, chosen by the median. */
export function formatTime(stat) {
  if (!stat) return 'n/a';
  const seconds = stat.median >= 1000;
  const show = (value) => (seconds ? (value / 1000).toFixed(2) : value.toFixed(0));
  return `${show(stat.median)} ${seconds ? 's' : 'ms'} (IQR ${show(stat.q1)}–${show(stat.q3)})`;
}

export function ms(value) {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

/** `71 MB` from kilobytes (median). */
export function formatRss(stat) {
  if (!stat) return 'n/a';
  return `${(stat.median / 1024).toFixed(0)} MB`;
}

/** Header and a row of the timing table every benchmark prints. */
export const TIMING_HEADER = ['| command | runs | wall median (IQR) | wall min–max | CPU (user+sys) median | peak RSS |', '| --- | ---: | ---: | ---: | ---: | ---: |'];

export function timingRow(name, m) {
  return `| ${name} | ${m.runs} | ${formatTime(m.wall)} | ${ms(m.wall.min)}–${ms(m.wall.max)} | ${m.cpu ? ms(m.cpu.median) : 'n/a'} | ${formatRss(m.rss)} |`;
}
