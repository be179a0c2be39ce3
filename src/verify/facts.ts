import { loadKnowledge } from '../knowledge/load.js';
import type { MetastoreFacts } from '../knowledge/types.js';
import { resolveTarget } from '../version/resolve.js';

/**
 * The expected metastore for the Airflow that verify found, from the generated knowledge: the same
 * release, or the newest known patch of the same minor. Undefined when no release of that minor is
 * known (the tables and the head would be another release's).
 */
export async function knowledgeMetastoreFacts(airflowVersion: string): Promise<MetastoreFacts | undefined> {
  const release = /^\d+\.\d+\.\d+/.exec(airflowVersion)?.[0];
  if (release === undefined) return undefined;
  try {
    const target = resolveTarget(release, undefined);
    if (target.notice !== undefined) return undefined;
    return (await loadKnowledge(target.knowledgeVersion)).metastore;
  } catch {
    return undefined;
  }
}
