import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/report/summary.js';
import { formatVerifyText } from '../../../src/verify/format.js';
import type { ParallelResult } from '../../../src/verify/parallel/types.js';
import { SAMPLE_VERIFY, lintResult, mask } from '../../report/fixtures.js';

const PROVED: ParallelResult = {
  status: 'proved',
  maxConcurrent: 4,
  executor: 'LocalExecutor',
  durationSeconds: 21.34,
  detail: '4 of 4 probe tasks ran at the same time',
  tasks: [0, 1, 2, 3].map((i) => ({
    taskId: `sleep_${i}`,
    state: 'success',
    start: new Date(Date.UTC(2026, 0, 1, 12, 0, 0, i * 100)).toISOString(),
    end: new Date(Date.UTC(2026, 0, 1, 12, 0, 5, i * 100)).toISOString(),
  })),
};

const ONE_AT_A_TIME: ParallelResult = {
  status: 'one-at-a-time',
  maxConcurrent: 1,
  executor: 'SequentialExecutor',
  durationSeconds: 40,
  detail: 'SequentialExecutor ran the probe’s tasks one at a time: [core] executor = SequentialExecutor (config/airflow.cfg:3) | s3cr3t-value <b>',
  tasks: [
    { taskId: 'sleep_0', state: 'success', start: '2026-01-01T12:00:00.000Z', end: '2026-01-01T12:00:05.000Z' },
    { taskId: 'sleep_1', state: 'queued' },
  ],
  setting: { section: 'core', option: 'executor', value: 'SequentialExecutor', source: 'config/airflow.cfg:3', line: 3 },
};

describe('the job summary with --prove-parallel', () => {
  it('shows the verdict, a Mermaid gantt chart of the four tasks and their times', () => {
    const summary = buildSummary(lintResult([], [], { verify: { ...SAMPLE_VERIFY, parallel: PROVED } }), { docsBaseUrl: 'https://example.test/', mask });
    expect(summary).toContain('#### Parallel execution: tasks ran in parallel');
    expect(summary).toContain('4 of 4 probe tasks ran at the same time. Executor LocalExecutor, at most **4** probe tasks at once, 21.3 s.');
    expect(summary).toContain(
      [
        '```mermaid',
        'gantt',
        '    title LocalExecutor ran at most 4 of 4 probe tasks at once',
        '    dateFormat x',
        '    axisFormat %M:%S',
        '    section probe tasks',
        '    sleep_0 :done, 0, 5000',
        '    sleep_1 :done, 100, 5100',
        '    sleep_2 :done, 200, 5200',
        '    sleep_3 :done, 300, 5300',
        '```',
      ].join('\n'),
    );
    expect(summary).toContain('| sleep\\_3 | success | +0.3 s | +5.3 s |');
  });

  it('escapes and masks the detail of a one-at-a-time run, and lists the task that never started', () => {
    const summary = buildSummary(lintResult([], [], { verify: { ...SAMPLE_VERIFY, parallel: ONE_AT_A_TIME } }), { docsBaseUrl: 'https://example.test/', mask });
    expect(summary).toContain('#### Parallel execution: tasks ran one at a time');
    expect(summary).toContain('(config/airflow.cfg:3) \\| \\*\\*\\* &lt;b&gt;.');
    expect(summary).not.toContain('s3cr3t-value');
    expect(summary).toContain('| sleep\\_1 | queued | – | – |');
  });
});

describe('the text output with --prove-parallel', () => {
  it('prints the verdict and each task’s start and end after the first start', () => {
    const text = formatVerifyText({ ...SAMPLE_VERIFY, parallel: PROVED });
    expect(text).toContain('  parallel: LocalExecutor ran 4 of 4 probe tasks at the same time (21.3 s)\n    sleep_0  success  +0.0 s → +5.0 s\n');
    expect(formatVerifyText({ ...SAMPLE_VERIFY, parallel: ONE_AT_A_TIME })).toContain('    sleep_1  queued, never started\n');
  });
});
