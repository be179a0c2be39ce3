import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  loadKnowledge,
  resolveTarget
} from "./chunk-5TQ7WIQJ.js";

// src/verify/facts.ts
async function knowledgeMetastoreFacts(airflowVersion) {
  const release = /^\d+\.\d+\.\d+/.exec(airflowVersion)?.[0];
  if (release === void 0) return void 0;
  try {
    const target = resolveTarget(release, void 0);
    if (target.notice !== void 0) return void 0;
    return (await loadKnowledge(target.knowledgeVersion)).metastore;
  } catch {
    return void 0;
  }
}

export {
  knowledgeMetastoreFacts
};
