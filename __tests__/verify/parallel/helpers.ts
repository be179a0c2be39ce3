import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from '../../helpers/cli.js';

export const parallelFixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

export interface AsyncCliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bundled CLI without blocking the test (verify with the probe takes longer than runCli's
 * minute on a loaded machine); `whileRunning` gets the child, to send it a signal.
 */
export function runCliAsync(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  whileRunning?: (child: ReturnType<typeof spawn>) => void,
): Promise<AsyncCliRun> {
  const child = spawn(process.execPath, ['--', CLI, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  whileRunning?.(child);
  return new Promise((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
}

/** Command lines of live processes whose environment holds NAME=VALUE (Linux /proc): what a run left behind. */
export function processesTagged(name: string, value: string): string[] {
  const needle = `${name}=${value}`;
  const found: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0');
      if (!environ.includes(needle)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) continue;
      found.push(`${entry} ${readFileSync(`/proc/${entry}/cmdline`, 'latin1').split('\0').join(' ').trim()}`);
    } catch {
      // Gone meanwhile, or not ours.
    }
  }
  return found;
}

/** Waits up to `timeoutMs` for the tagged processes to disappear (SIGKILLed ones take a moment) and returns those left. */
export async function survivingTagged(name: string, value: string, timeoutMs = 5_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let left = processesTagged(name, value);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    left = processesTagged(name, value);
  }
  return left;
}
