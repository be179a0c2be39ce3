import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  resolveTarget
} from "./chunk-GZQFANC4.js";
import {
  loadKnowledge
} from "./chunk-RRJEZCB6.js";

// src/verify/facts.ts
async function knowledgeMetastoreFacts(airflowVersion) {
  return (await knowledgeFor(airflowVersion))?.metastore;
}
async function knowledgeOptionFacts(airflowVersion) {
  const knowledge = await knowledgeFor(airflowVersion);
  if (knowledge === void 0) return void 0;
  const providerSections = Object.values(knowledge.executorProviders ?? {}).map((p) => p.sections);
  return (section, option) => {
    const fact = knowledge.sections[section]?.options[option] ?? providerSections.map((s) => s[section]?.options[option]).find((f) => f !== void 0);
    return { known: fact !== void 0, sensitive: fact?.sensitive === true };
  };
}
async function knowledgeExecutorExtras(airflowVersion, executors) {
  const knowledge = await knowledgeFor(airflowVersion);
  const names = executors.split(",").map((entry) => (entry.split(":").at(-1) ?? "").trim().split(".").at(-1) ?? "").filter((n) => n !== "");
  const extras = /* @__PURE__ */ new Set();
  for (const provider of Object.values(knowledge?.executorProviders ?? {})) {
    if (provider.executors.some((executor) => names.includes(executor))) for (const extra of provider.extras) extras.add(extra);
  }
  return [...extras].sort();
}
async function knowledgeFor(airflowVersion) {
  const release = /^\d+\.\d+\.\d+/.exec(airflowVersion)?.[0];
  if (release === void 0) return void 0;
  try {
    const target = resolveTarget(release, void 0);
    if (target.notice !== void 0) return void 0;
    return await loadKnowledge(target.knowledgeVersion);
  } catch {
    return void 0;
  }
}

export {
  knowledgeMetastoreFacts,
  knowledgeOptionFacts,
  knowledgeExecutorExtras
};
