import { knownVersions, loadKnowledge } from '../knowledge/load.js';

/** Every release the knowledge data covers, with its migration head (to tell a downgrade from garbage). */
export async function knownMigrationHeads(): Promise<{ version: string; head: string }[]> {
  const heads: { version: string; head: string }[] = [];
  for (const version of knownVersions()) {
    const head = (await loadKnowledge(version)).metastore?.migrationHead;
    if (head) heads.push({ version, head });
  }
  return heads;
}
