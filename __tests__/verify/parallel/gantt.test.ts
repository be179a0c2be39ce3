import { describe, expect, it } from 'vitest';
import { parallelGantt } from '../../../src/verify/parallel/gantt.js';
import type { ParallelResult } from '../../../src/verify/parallel/types.js';

const result = (overrides: Partial<ParallelResult> = {}): ParallelResult => ({
  status: 'proved',
  maxConcurrent: 2,
  executor: 'LocalExecutor',
  durationSeconds: 20,
  detail: '2 of 2 probe tasks ran at the same time',
  tasks: [
    { taskId: 'sleep_0', state: 'success', start: '2026-01-01T12:00:01.500Z', end: '2026-01-01T12:00:05.750Z' },
    { taskId: 'sleep_1', state: 'success', start: '2026-01-01T12:00:01.000Z', end: '2026-01-01T12:00:05.000Z' },
  ],
  ...overrides,
});

describe('parallelGantt', () => {
  it('draws each task from its start to its end in milliseconds after the first start', () => {
    expect(parallelGantt(result())).toBe(
      [
        'gantt',
        '    title LocalExecutor ran at most 2 of 2 probe tasks at once',
        '    dateFormat x',
        '    axisFormat %M:%S',
        '    section probe tasks',
        '    sleep_0 :done, 500, 4750',
        '    sleep_1 :done, 0, 4000',
      ].join('\n'),
    );
  });

  it('marks failed tasks and tasks still running, and leaves out tasks that never started', () => {
    const chart = parallelGantt(
      result({
        tasks: [
          { taskId: 'sleep_0', state: 'failed', start: '2026-01-01T12:00:00.000Z', end: '2026-01-01T12:00:02.000Z' },
          { taskId: 'sleep_1', state: 'running', start: '2026-01-01T12:00:01.000Z' },
          { taskId: 'sleep_2', state: 'queued' },
        ],
      }),
    );
    expect(chart).toContain('    sleep_0 :crit, 0, 2000');
    expect(chart).toContain('    sleep_1 :active, 1000, 2000');
    expect(chart).not.toContain('sleep_2');
  });

  it('keeps text that is not the probe’s own out of the chart', () => {
    const chart = parallelGantt(
      result({
        executor: 'evil\n```\n<img src=x>',
        tasks: [{ taskId: 'a: b\n## c', state: 'success', start: '2026-01-01T12:00:00.000Z', end: '2026-01-01T12:00:01.000Z' }],
      }),
    );
    expect(chart).toContain('title the executor ran at most');
    expect(chart).toContain('    a__b____c :done, 0, 1000');
    expect(chart).not.toMatch(/```|<img|\n##/);
  });

  it('draws nothing when no task started', () => {
    expect(parallelGantt(result({ tasks: [{ taskId: 'sleep_0', state: 'queued' }] }))).toBeUndefined();
  });
});
