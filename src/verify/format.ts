import { formatParallelText } from './parallel/format.js';
import type { VerifyResult } from './types.js';

/** The verify result for a terminal: status, tables, head, one line per check, timings, Airflow's error lines. */
export function formatVerifyText(result: VerifyResult): string {
  const lines = [
    `Verify ${result.verified ? 'passed' : 'FAILED'}: Airflow ${result.airflowVersion || 'unknown'}, ${result.provider || 'no'} database` +
      (result.databaseUrl ? ` (${result.databaseUrl})` : '') +
      (result.migrateCommand ? `, ${result.migrateCommand}` : ''),
  ];
  if (result.foundTables.length > 0 || result.expectedTables.length > 0) {
    lines.push(
      `  tables: ${result.foundTables.length} found, ${result.expectedTables.length} expected` +
        (result.missingTables.length > 0 ? `, missing: ${result.missingTables.join(', ')}` : ''),
      `  migration head: ${result.migrationHead ?? 'none'} (expected ${result.expectedHead ?? 'unknown'})`,
    );
  }
  for (const check of result.checks) {
    const mark = check.ok ? 'ok  ' : check.severity === 'warning' ? 'warn' : 'FAIL';
    const rule = check.ruleId ? ` [${check.ruleId}]` : '';
    lines.push(`  ${mark} ${check.name}: ${check.detail}${rule}`);
  }
  for (const entry of result.replacedOptions ?? []) {
    lines.push(`  not used as written: ${entry.option} (${entry.source}): ${entry.replacement}`);
  }
  if (result.parallel !== undefined) lines.push(...formatParallelText(result.parallel));
  const timings = Object.entries(result.timings).map(([phase, ms]) => `${phase} ${(ms / 1000).toFixed(1)} s`);
  if (timings.length > 0) lines.push(`  timings: ${timings.join(', ')}`);
  if (result.errorLines.length > 0) {
    lines.push("  Airflow's error output:");
    for (const line of result.errorLines) lines.push(`    ${line}`);
  }
  return `${lines.join('\n')}\n`;
}
