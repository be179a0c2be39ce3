// Microsoft's SARIF Multitool (`@microsoft/sarif-multitool` from npm), run with GitHub's and SARIF's rules.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Microsoft's SARIF Multitool, as installed from npm for this platform. */
export function multitoolPath(): string {
  const require = createRequire(import.meta.url);
  return require('@microsoft/sarif-multitool') as string;
}

export interface Validation {
  errors: string[];
  warnings: string[];
}

/** Validates a SARIF log with `--rule-kind "Gh;Sarif"`; `dir` holds the input and the validation log. */
export function validateSarif(dir: string, name: string, log: unknown): Validation {
  const input = join(dir, `${name}.sarif`);
  const output = join(dir, `${name}.validation.sarif`);
  writeFileSync(input, JSON.stringify(log, null, 2));
  try {
    execFileSync(multitoolPath(), ['validate', '--rule-kind', 'Gh;Sarif', '--log', 'ForceOverwrite', '--output', output, input], {
      stdio: 'pipe',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
  } catch (error) {
    // The Multitool exits non-zero when it reports errors; the log below says which.
    if (!existsSync(output)) throw error;
  }
  const validation = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[]; invocations?: { toolExecutionNotifications?: { message: { text: string } }[] }[] }[];
  };
  const results = validation.runs.flatMap((run) => run.results ?? []);
  const describe = (r: (typeof results)[number]): string =>
    `${r.ruleId}: ${r.message.text ?? r.message.id ?? ''} ${JSON.stringify(r.message.arguments ?? [])}`;
  const notifications = validation.runs.flatMap((run) =>
    (run.invocations ?? []).flatMap((inv) => inv.toolExecutionNotifications ?? []).map((n) => n.message.text),
  );
  return {
    errors: [...results.filter((r) => (r.level ?? 'warning') === 'error').map(describe), ...notifications],
    warnings: results.filter((r) => r.level === 'warning').map(describe),
  };
}

