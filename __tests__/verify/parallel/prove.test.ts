import { describe, expect, it } from 'vitest';
import { CleanupTracker } from '../../../src/verify/cleanup.js';
import { type ConfiguredExecutor, ParallelProbe } from '../../../src/verify/parallel/prove.js';

/** A probe whose Airflow does not exist: these cases must decide without starting anything. */
function probe(executors: ConfiguredExecutor[], cfgText: string, tracker = new CleanupTracker()) {
  return new ParallelProbe({
    airflowCommand: '/nonexistent/airflow',
    python: () => Promise.reject(new Error('no Airflow here')),
    env: {},
    airflowVersion: '3.1.8',
    libpqUrl: 'postgresql://nobody@127.0.0.1:1/none',
    tracker,
    executors,
    sources: { cfgText, cfgFile: 'airflow.cfg', env: {} },
    log: () => {},
  });
}

describe('ParallelProbe verdicts that need no run', () => {
  it('reports CeleryExecutor as not provable here, with the reason, whether or not its provider loads', async () => {
    for (const executor of [
      { name: 'CeleryExecutor', classPath: 'airflow.providers.celery.executors.celery_executor.CeleryExecutor' },
      { name: 'CeleryExecutor', error: "ModuleNotFoundError: No module named 'airflow.providers.celery'" },
    ]) {
      const tracker = new CleanupTracker();
      const result = await probe([executor], '[core]\nexecutor = CeleryExecutor\n', tracker).run();
      expect(result).toMatchObject({ status: 'not-provable', executor: 'CeleryExecutor', maxConcurrent: 0, tasks: [] });
      expect(result.detail).toMatch(/^not provable here: CeleryExecutor runs tasks on Celery workers through a message broker/);
      expect(tracker.snapshot()).toEqual({ tempDirs: [], clusters: [], processGroups: [], containerIds: [] });
    }
  });

  it('reports a list with KubernetesExecutor as not provable: the scheduler would start that one too', async () => {
    const result = await probe(
      [
        { name: 'LocalExecutor', classPath: 'airflow.executors.local_executor.LocalExecutor' },
        { name: 'KubernetesExecutor', classPath: 'airflow.providers.cncf.kubernetes.executors.kubernetes_executor.KubernetesExecutor' },
      ],
      '[core]\nexecutor = LocalExecutor,KubernetesExecutor\n',
    ).run();
    expect(result.status).toBe('not-provable');
    expect(result.detail).toContain('KubernetesExecutor runs each task as a pod in a Kubernetes cluster');
  });

  it('fails a SequentialExecutor the release cannot load, naming the executor and its line', async () => {
    const result = await probe([{ name: 'SequentialExecutor', error: 'ImportError: no such module' }], '# stock\n[core]\nexecutor = SequentialExecutor\n').run();
    expect(result.status).toBe('one-at-a-time');
    expect(result.setting).toEqual({ section: 'core', option: 'executor', value: 'SequentialExecutor', source: 'airflow.cfg:3', line: 3 });
    expect(result.detail).toBe(
      '[core] executor = SequentialExecutor (airflow.cfg:3) runs one task at a time, and Airflow 3.1.8 cannot load it (ImportError: no such module): set [core] executor = LocalExecutor',
    );
  });

  it('fails when the executor could not be read at all', async () => {
    expect((await probe([], '').run()).status).toBe('failed');
  });
});
