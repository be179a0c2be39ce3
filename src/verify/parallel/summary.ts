import { parallelGantt } from './gantt.js';
import { secondsFromFirstStart } from './overlap.js';
import type { ParallelResult, ParallelStatus } from './types.js';

const HEADINGS: Record<ParallelStatus, string> = {
  proved: 'tasks ran in parallel',
  'one-at-a-time': 'tasks ran one at a time',
  'not-provable': 'not provable here',
  failed: 'the probe did not finish',
};

/**
 * The job summary's part for `--prove-parallel`: the verdict, a Mermaid gantt chart of the probe tasks
 * and a table of their times. `inline` escapes and masks text for one line of Markdown (the
 * summary's own way out for untrusted text); the chart holds only the probe's own names and numbers.
 */
export function parallelSummaryBlocks(parallel: ParallelResult, inline: (text: string) => string): string[] {
  const blocks = [
    `#### Parallel execution: ${HEADINGS[parallel.status]}`,
    `${inline(parallel.detail)}. Executor ${inline(parallel.executor || 'unknown')}, at most **${parallel.maxConcurrent}** probe tasks at once, ${parallel.durationSeconds.toFixed(1)} s.`,
  ];
  const chart = parallelGantt(parallel);
  if (chart !== undefined) blocks.push(`\`\`\`mermaid\n${chart}\n\`\`\``);
  if (parallel.tasks.length > 0) {
    const seconds = secondsFromFirstStart(parallel.tasks);
    const offset = (time: string | undefined): string => {
      const value = seconds(time);
      return value === undefined ? '–' : `+${value.toFixed(1)} s`;
    };
    const rows = parallel.tasks.map((t) => `| ${inline(t.taskId)} | ${inline(t.state)} | ${offset(t.start)} | ${offset(t.end)} |`);
    blocks.push(['| Task | State | Started | Ended |', '| --- | --- | ---: | ---: |', ...rows].join('\n'));
  }
  return blocks;
}
