/**
 * What the probe can do with an executor:
 * - `local`: verify can start it on this machine (LocalExecutor), so the probe runs;
 * - `one-at-a-time`: it runs one task at a time by design (SequentialExecutor, DebugExecutor);
 * - `infrastructure`: it needs something verify cannot start (a Celery broker, a Kubernetes cluster, a cloud service);
 * - `unknown`: a custom executor verify knows nothing about.
 */
export type ExecutorKind = 'local' | 'one-at-a-time' | 'infrastructure' | 'unknown';

export interface ExecutorClass {
  kind: ExecutorKind;
  /** Airflow's short name (`LocalExecutor`) when the class is one verify knows; the class name otherwise. */
  name: string;
  /** Why the probe cannot show parallel execution with it (for `infrastructure` and `unknown`). */
  reason?: string | undefined;
}

const INFRASTRUCTURE: Record<string, string> = {
  CeleryExecutor: 'CeleryExecutor runs tasks on Celery workers through a message broker ([celery] broker_url); verify starts neither',
  CeleryKubernetesExecutor:
    'CeleryKubernetesExecutor runs tasks on Celery workers through a message broker, or as pods in a Kubernetes cluster; verify starts neither',
  KubernetesExecutor: 'KubernetesExecutor runs each task as a pod in a Kubernetes cluster, which verify does not have',
  LocalKubernetesExecutor: 'LocalKubernetesExecutor needs a Kubernetes cluster to start, which verify does not have',
  EdgeExecutor: 'EdgeExecutor runs tasks on Edge workers that verify does not start',
  AwsEcsExecutor: 'AwsEcsExecutor runs tasks on Amazon ECS, which verify cannot reach',
  AwsBatchExecutor: 'AwsBatchExecutor runs tasks on AWS Batch, which verify cannot reach',
  AwsLambdaExecutor: 'AwsLambdaExecutor runs tasks on AWS Lambda, which verify cannot reach',
};

/**
 * Classifies a configured executor by the class Airflow loaded (`airflow.executors.local_executor.LocalExecutor`)
 * or, when it could not be loaded, by the configured name (`SequentialExecutor`).
 */
export function classifyExecutor(classPathOrName: string): ExecutorClass {
  const name = classPathOrName.trim().split('.').at(-1) ?? '';
  if (name === 'LocalExecutor') return { kind: 'local', name };
  if (name === 'SequentialExecutor' || name === 'DebugExecutor') return { kind: 'one-at-a-time', name };
  const reason = INFRASTRUCTURE[name];
  if (reason !== undefined) return { kind: 'infrastructure', name, reason };
  return {
    kind: 'unknown',
    name: name || classPathOrName,
    reason: 'verify starts only Airflow’s own LocalExecutor; a custom executor may need workers or services it cannot know about',
  };
}
