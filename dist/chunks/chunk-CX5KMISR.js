import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/output/json.ts
var RISKY_IN_JSON = /##\[|[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
function jsonEscape(match) {
  if (match === "##[") return "#\\u0023[";
  return `\\u${match.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function jsonText(value, mask) {
  const replacer = mask ? (_key, item) => typeof item === "string" ? mask(item) : item : void 0;
  return `${JSON.stringify(value, replacer, 2).replace(RISKY_IN_JSON, jsonEscape)}
`;
}

export {
  jsonText
};
