import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  esm_default
} from "./chunk-YV24EN2K.js";
import {
  maskUrlPasswords
} from "./chunk-LC3QQWTI.js";

// src/plan/metastore.ts
var PlanConnectionError = class extends Error {
};
async function connectReadOnly(url, schema) {
  const client = new esm_default.Client({
    connectionString: libpqUrl(url),
    options: "-c default_transaction_read_only=on",
    connectionTimeoutMillis: 15e3,
    application_name: "airflow-preflight plan"
  });
  client.on("error", () => void 0);
  try {
    await client.connect();
  } catch (error) {
    throw new PlanConnectionError(`cannot connect to ${maskUrlPasswords(url)}: ${maskUrlPasswords(messageOf(error))}`);
  }
  const readOnly = async (fn) => {
    try {
      await client.query("BEGIN TRANSACTION READ ONLY");
      await client.query("SET LOCAL lock_timeout = '5s'");
      await client.query("SET LOCAL statement_timeout = '120s'");
      if (schema) await client.query("SELECT set_config($1, $2, true)", ["search_path", quoteIdent(schema)]);
      return await fn();
    } catch (error) {
      throw new PlanConnectionError(`reading the metastore failed: ${maskUrlPasswords(messageOf(error))}`);
    } finally {
      await client.query("ROLLBACK").catch(() => void 0);
    }
  };
  return {
    snapshot: () => readOnly(async () => {
      const current = await client.query(
        "SELECT current_schema() AS schema, to_regclass('alembic_version') IS NOT NULL AS exists"
      );
      const row = current.rows[0];
      if (!row?.exists) return { revisions: [], hasAlembicTable: false, schema: row?.schema ?? "public" };
      const versions = await client.query("SELECT version_num FROM alembic_version");
      return { revisions: versions.rows.map((r) => r.version_num), hasAlembicTable: true, schema: row.schema };
    }),
    tableSizes: (tables) => readOnly(async () => {
      const result = await client.query(
        `SELECT c.relname AS name, c.reltuples::bigint AS rows, pg_total_relation_size(c.oid) AS bytes
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() AND c.relname = ANY($1)`,
        [tables]
      );
      return result.rows.map((r) => ({ name: r.name, rows: Number(r.rows) < 0 ? null : Number(r.rows), bytes: Number(r.bytes) }));
    }),
    columnTypes: (tables) => readOnly(async () => {
      const result = await client.query(
        `SELECT table_name, column_name, data_type, character_maximum_length
             FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ANY($1)`,
        [tables]
      );
      return new Map(result.rows.map((r) => [`${r.table_name}.${r.column_name}`, { dataType: r.data_type, maxLength: r.character_maximum_length }]));
    }),
    close: async () => {
      await client.end().catch(() => void 0);
    }
  };
}
function libpqUrl(url) {
  return url.replace(/^postgres(?:ql)?(?:\+\w+)?:\/\//i, "postgresql://");
}
function quoteIdent(name) {
  return `"${name.replace(/"/g, '""')}"`;
}
function messageOf(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

export {
  PlanConnectionError,
  connectReadOnly,
  libpqUrl
};
