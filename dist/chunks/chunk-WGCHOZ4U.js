import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);

// src/verify/providers/types.ts
var DATABASE_CHOICES = ["auto", "url", "local", "testcontainers"];
var VerifyError = class extends Error {
  name = "VerifyError";
};
function toAirflowUrl(url) {
  return url.replace(/^(postgres|postgresql)(\+[a-z0-9_]+)?:\/\//i, "postgresql+psycopg2://");
}
function toLibpqUrl(url) {
  return url.replace(/^(postgres|postgresql)(\+[a-z0-9_]+)?:\/\//i, "postgresql://");
}

export {
  DATABASE_CHOICES,
  VerifyError,
  toAirflowUrl,
  toLibpqUrl
};
