import { describe, expect, it } from 'vitest';
import { classifyExecutor } from '../../../src/verify/parallel/executor-kind.js';

describe('classifyExecutor', () => {
  it.each([
    ['airflow.executors.local_executor.LocalExecutor', 'local', 'LocalExecutor'],
    ['LocalExecutor', 'local', 'LocalExecutor'],
    ['airflow.executors.sequential_executor.SequentialExecutor', 'one-at-a-time', 'SequentialExecutor'],
    ['SequentialExecutor', 'one-at-a-time', 'SequentialExecutor'],
    ['airflow.executors.debug_executor.DebugExecutor', 'one-at-a-time', 'DebugExecutor'],
    ['airflow.providers.celery.executors.celery_executor.CeleryExecutor', 'infrastructure', 'CeleryExecutor'],
    ['airflow.providers.cncf.kubernetes.executors.kubernetes_executor.KubernetesExecutor', 'infrastructure', 'KubernetesExecutor'],
    ['airflow.providers.celery.executors.celery_kubernetes_executor.CeleryKubernetesExecutor', 'infrastructure', 'CeleryKubernetesExecutor'],
    ['company.executors.FancyExecutor', 'unknown', 'FancyExecutor'],
  ])('%s is %s', (path, kind, name) => {
    const classified = classifyExecutor(path);
    expect(classified.kind).toBe(kind);
    expect(classified.name).toBe(name);
  });

  it('says why Celery cannot be shown here: the broker and the workers', () => {
    expect(classifyExecutor('CeleryExecutor').reason).toMatch(/broker.*\[celery\] broker_url.*verify starts neither/);
  });
});
