import { describe, expect, it } from 'vitest';
import { parallelChecks } from '../../../src/verify/parallel/check.js';
import type { ParallelResult } from '../../../src/verify/parallel/types.js';

const base: ParallelResult = { status: 'proved', maxConcurrent: 4, tasks: [], executor: 'LocalExecutor', durationSeconds: 20, detail: '4 of 4 probe tasks ran at the same time' };
const executorSetting = { section: 'core', option: 'executor', value: 'SequentialExecutor', source: 'airflow.cfg:3', line: 3 };

describe('parallelChecks', () => {
  it('passes when tasks overlapped', () => {
    expect(parallelChecks(base, '2.10.5')).toEqual([{ name: 'tasks run in parallel', ok: true, detail: base.detail }]);
  });

  it('fails one-at-a-time execution on the line of the setting responsible', () => {
    const [check] = parallelChecks({ ...base, status: 'one-at-a-time', maxConcurrent: 1, setting: { ...executorSetting, option: 'parallelism', value: '1' } }, '2.10.5');
    expect(check).toMatchObject({ ok: false, option: { section: 'core', option: 'parallelism' } });
    expect(check?.severity).toBeUndefined();
  });

  it('reports an executor verify cannot start as a warning, which does not fail verify', () => {
    const [check] = parallelChecks({ ...base, status: 'not-provable', maxConcurrent: 0, executor: 'CeleryExecutor', detail: 'not provable here: …' }, '3.1.8');
    expect(check).toMatchObject({ ok: false, severity: 'warning' });
  });

  it('fails a cfg that names SequentialExecutor where Airflow ran LocalExecutor in its place', () => {
    const checks = parallelChecks({ ...base, replacedExecutor: 'SequentialExecutor', setting: executorSetting }, '3.1.8');
    expect(checks[0]).toMatchObject({ name: 'tasks run in parallel', ok: true });
    expect(checks[1]).toEqual({
      name: 'configured executor',
      ok: false,
      detail:
        '[core] executor = SequentialExecutor (airflow.cfg:3) names an executor that runs one task at a time; Airflow 3.1.8 has none by that name ' +
        'and ran LocalExecutor in its place (it rewrites this deprecated value with a warning): set [core] executor = LocalExecutor',
      ruleId: 'APF102',
      option: { section: 'core', option: 'executor' },
    });
  });
});
