import { loadKnowledge } from '../knowledge/load.js';
import type { AirflowKnowledge, MetastoreFacts } from '../knowledge/types.js';
import type { OptionFacts } from './sandbox.js';
import { resolveTarget } from '../version/resolve.js';

/**
 * The expected metastore for the Airflow that verify found, from the generated knowledge: the same
 * release, or the newest known patch of the same minor. Undefined when no release of that minor is
 * known (the tables and the head would be another release's).
 */
export async function knowledgeMetastoreFacts(airflowVersion: string): Promise<MetastoreFacts | undefined> {
  return (await knowledgeFor(airflowVersion))?.metastore;
}

/** Which options the release declares, and which of them accept `_cmd` / `_secret` forms. */
export async function knowledgeOptionFacts(airflowVersion: string): Promise<OptionFacts | undefined> {
  const knowledge = await knowledgeFor(airflowVersion);
  if (knowledge === undefined) return undefined;
  const providerSections = Object.values(knowledge.executorProviders ?? {}).map((p) => p.sections);
  return (section, option) => {
    const fact = knowledge.sections[section]?.options[option] ?? providerSections.map((s) => s[section]?.options[option]).find((f) => f !== undefined);
    return { known: fact !== undefined, sensitive: fact?.sensitive === true };
  };
}

/**
 * The extras of `apache-airflow` that install the providers the configured executors live in
 * (`celery` for CeleryExecutor, `cncf-kubernetes` for KubernetesExecutor), from the release's facts.
 * `executors` is `[core] executor` as written: one name, or a comma-separated list (2.10+, `alias:path` allowed).
 */
export async function knowledgeExecutorExtras(airflowVersion: string, executors: string): Promise<string[]> {
  const knowledge = await knowledgeFor(airflowVersion);
  const names = executors.split(',').map((entry) => (entry.split(':').at(-1) ?? '').trim().split('.').at(-1) ?? '').filter((n) => n !== '');
  const extras = new Set<string>();
  for (const provider of Object.values(knowledge?.executorProviders ?? {})) {
    if (provider.executors.some((executor) => names.includes(executor))) for (const extra of provider.extras) extras.add(extra);
  }
  return [...extras].sort();
}

async function knowledgeFor(airflowVersion: string): Promise<AirflowKnowledge | undefined> {
  const release = /^\d+\.\d+\.\d+/.exec(airflowVersion)?.[0];
  if (release === undefined) return undefined;
  try {
    const target = resolveTarget(release, undefined);
    if (target.notice !== undefined) return undefined;
    return await loadKnowledge(target.knowledgeVersion);
  } catch {
    return undefined;
  }
}
