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
