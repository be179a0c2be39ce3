import { describe, expect, it } from 'vitest';
import { describeSetting, oneSlotSetting, setting } from '../../../src/verify/parallel/settings.js';

const cfg = ['[core]', 'executor = LocalExecutor', 'parallelism = 1', 'max_active_tasks_per_dag = 1', 'default_pool_task_slot_count = 1', ''].join('\n');
const sources = (cfgText: string, env: NodeJS.ProcessEnv = {}) => ({ cfgText, cfgFile: 'config/airflow.cfg', env });

describe('oneSlotSetting names the limit that allows one task at a time, with its line', () => {
  it('parallelism first, at its cfg line', () => {
    expect(oneSlotSetting({ parallelism: '1', maxActiveTasksPerDag: '1', defaultPoolSlots: 1 }, sources(cfg))).toEqual({
      section: 'core',
      option: 'parallelism',
      value: '1',
      source: 'config/airflow.cfg:3',
      line: 3,
    });
  });

  it('then the default pool, named by the option that sized it', () => {
    const found = oneSlotSetting({ parallelism: '32', maxActiveTasksPerDag: '1', defaultPoolSlots: 1 }, sources(cfg));
    expect(found && describeSetting(found)).toBe('[core] default_pool_task_slot_count = 1 (config/airflow.cfg:5)');
  });

  it('then max_active_tasks_per_dag, or the dag_concurrency it was called before 2.2', () => {
    expect(oneSlotSetting({ parallelism: '32', maxActiveTasksPerDag: '1', defaultPoolSlots: 128 }, sources(cfg))?.line).toBe(4);
    const old = oneSlotSetting({ parallelism: '32', maxActiveTasksPerDag: '1', defaultPoolSlots: 128 }, sources('[core]\ndag_concurrency = 1\n'));
    expect(old && describeSetting(old)).toBe('[core] dag_concurrency = 1 (config/airflow.cfg:2)');
  });

  it('names the AIRFLOW__ variable when the environment sets it, as Airflow prefers it to the file', () => {
    const found = oneSlotSetting({ parallelism: '1' }, sources(cfg, { AIRFLOW__CORE__PARALLELISM: '1' }));
    expect(found?.source).toBe('the environment variable AIRFLOW__CORE__PARALLELISM');
    expect(found?.line).toBeUndefined();
  });

  it('is undefined when every limit allows more than one', () => {
    expect(oneSlotSetting({ parallelism: '32', maxActiveTasksPerDag: '16', defaultPoolSlots: 128 }, sources(cfg))).toBeUndefined();
  });
});

describe('setting', () => {
  it('falls back to the default when neither the file nor the environment sets the option', () => {
    expect(setting('core', 'executor', 'SequentialExecutor', sources('[core]\nload_examples = False\n')).source).toBe('Airflow’s default');
  });
});
