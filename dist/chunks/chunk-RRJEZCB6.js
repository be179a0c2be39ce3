import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  compareVersions
} from "./chunk-EHIJUM37.js";

// src/cli/usage-error.ts
var UsageError = class extends Error {
};

// src/knowledge/data/index.ts
var knowledgeLoaders = {
  "2.7.3": async () => (await import("./airflow-2.7.3-XOTFGN7N.js")).default,
  "2.8.4": async () => (await import("./airflow-2.8.4-L7XTVKC7.js")).default,
  "2.9.3": async () => (await import("./airflow-2.9.3-ZXLV4W53.js")).default,
  "2.10.5": async () => (await import("./airflow-2.10.5-NNATX6ZI.js")).default,
  "2.11.2": async () => (await import("./airflow-2.11.2-3EEKMEV6.js")).default,
  "3.0.6": async () => (await import("./airflow-3.0.6-MD76FOGL.js")).default,
  "3.1.8": async () => (await import("./airflow-3.1.8-UAWMZAOY.js")).default,
  "3.2.2": async () => (await import("./airflow-3.2.2-XOH2DKG3.js")).default,
  "3.3.2": async () => (await import("./airflow-3.3.2-J5RMH3ZY.js")).default
};

// src/knowledge/load.ts
function knownVersions() {
  return Object.keys(knowledgeLoaders).sort(compareVersions);
}
async function loadKnowledge(version) {
  const loader = knowledgeLoaders[version];
  if (!loader) {
    throw new Error(`No Airflow knowledge data for ${version}; known releases: ${knownVersions().join(", ")}.`);
  }
  return loader();
}

export {
  UsageError,
  knownVersions,
  loadKnowledge
};
