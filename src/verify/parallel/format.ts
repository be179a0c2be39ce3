import { secondsFromFirstStart } from './overlap.js';
import { PROBE_TASK_COUNT } from './probe-dag.js';
import type { ParallelResult } from './types.js';

/** The probe for a terminal: the verdict, then one line per task with its offset and length, like a chart. */
export function formatParallelText(result: ParallelResult): string[] {
  const lines = [`  parallel: ${headline(result)} (${result.durationSeconds.toFixed(1)} s)`];
  const seconds = secondsFromFirstStart(result.tasks);
  for (const task of result.tasks) {
    const start = seconds(task.start);
    if (start === undefined) {
      lines.push(`    ${task.taskId.padEnd(8)} ${task.state}, never started`);
      continue;
    }
    const end = seconds(task.end);
    const span = end === undefined ? `+${start.toFixed(1)} s, still running` : `+${start.toFixed(1)} s → +${end.toFixed(1)} s`;
    lines.push(`    ${task.taskId.padEnd(8)} ${task.state.padEnd(8)} ${span}`);
  }
  return lines;
}

function headline(result: ParallelResult): string {
  switch (result.status) {
    case 'proved':
      return `${result.executor} ran ${result.maxConcurrent} of ${PROBE_TASK_COUNT} probe tasks at the same time`;
    case 'one-at-a-time':
      return `${result.executor || 'the executor'} ran one task at a time`;
    case 'not-provable':
      return `not provable here with ${result.executor}`;
    default:
      return `the probe did not finish, at most ${result.maxConcurrent} tasks at once`;
  }
}
