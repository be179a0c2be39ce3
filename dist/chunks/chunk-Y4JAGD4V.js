import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  versionAtLeast
} from "./chunk-LFHQEB3S.js";
import {
  withoutQuery
} from "./chunk-RSDSUM7C.js";

// src/verify/env.ts
var METASTORE_VARIABLE = /^AIRFLOW__[A-Z0-9_]*__SQL_ALCHEMY_CONN/i;
var LIBPQ_VARIABLE = /^PG(HOST|HOSTADDR|PORT|USER|PASSWORD|PASSFILE|DATABASE|SERVICE|SERVICEFILE|SSL\w*|OPTIONS)$/;
function buildAirflowEnv(base, options) {
  const env = {};
  const removed = [];
  for (const [name, value] of Object.entries(base)) {
    if (METASTORE_VARIABLE.test(name) || LIBPQ_VARIABLE.test(name) || name === "AIRFLOW_HOME" || name === "AIRFLOW_CONFIG") {
      if (name !== "AIRFLOW_HOME" && name !== "AIRFLOW_CONFIG") removed.push(name);
      continue;
    }
    env[name] = value;
  }
  env.AIRFLOW_HOME = options.home;
  env.AIRFLOW_CONFIG = options.configPath;
  env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN = options.databaseUrl;
  if (!releaseAtLeast(options.airflowVersion, "2.3")) env.AIRFLOW__CORE__SQL_ALCHEMY_CONN = options.databaseUrl;
  if (releaseAtLeast(options.airflowVersion, "3.0")) {
    env.AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC = withoutQuery(options.databaseUrl.replace(/^[^:]+:/, "postgresql+asyncpg:"));
  }
  env.PYTHONUNBUFFERED = "1";
  env.NO_COLOR = "1";
  return { env, removed: removed.sort() };
}
function releaseAtLeast(version, min) {
  const release = /^\d+\.\d+(\.\d+)?/.exec(version.trim())?.[0];
  return release !== void 0 && versionAtLeast(release, min);
}
function defaultMigrateCommand(airflowVersion) {
  return releaseAtLeast(airflowVersion, "2.7") ? ["db", "migrate"] : ["db", "init"];
}

export {
  buildAirflowEnv,
  releaseAtLeast,
  defaultMigrateCommand
};
