import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  knownVersions,
  loadKnowledge
} from "./chunk-RRJEZCB6.js";

// src/plan/known-heads.ts
async function knownMigrationHeads() {
  const heads = [];
  for (const version of knownVersions()) {
    const head = (await loadKnowledge(version)).metastore?.migrationHead;
    if (head) heads.push({ version, head });
  }
  return heads;
}

export {
  knownMigrationHeads
};
