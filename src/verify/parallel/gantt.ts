import { taskIntervals } from './overlap.js';
import type { ParallelResult } from './types.js';

/**
 * A Mermaid `gantt` chart of the probe tasks (GitHub renders Mermaid in Markdown), so a reviewer sees
 * the overlap. Times are milliseconds from the first start (`dateFormat x`). Only the probe's own task
 * ids and the executor's known name reach the chart, never text from the configuration.
 */
export function parallelGantt(result: ParallelResult): string | undefined {
  const started = result.tasks.filter((t) => t.start !== undefined);
  if (started.length === 0) return undefined;
  const origin = Math.min(...taskIntervals(started).map((i) => i.start));
  const lines = [
    'gantt',
    `    title ${chartTitle(result)}`,
    '    dateFormat x',
    '    axisFormat %M:%S',
    '    section probe tasks',
  ];
  for (const task of started) {
    const [interval] = taskIntervals([task]);
    if (interval === undefined) continue;
    const end = Number.isFinite(interval.end) ? interval.end : interval.start + 1_000;
    const tag = task.state === 'success' ? 'done, ' : Number.isFinite(interval.end) ? 'crit, ' : 'active, ';
    lines.push(`    ${safeId(task.taskId)} :${tag}${interval.start - origin}, ${end - origin}`);
  }
  return lines.join('\n');
}

function chartTitle(result: ParallelResult): string {
  const executor = /^[A-Za-z]+$/.test(result.executor) ? result.executor : 'the executor';
  return `${executor} ran at most ${result.maxConcurrent} of ${result.tasks.length} probe tasks at once`;
}

/** Probe task ids are ours (`sleep_0`…); anything else is reduced to what Mermaid reads as a plain name. */
function safeId(taskId: string): string {
  return taskId.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 40) || 'task';
}
