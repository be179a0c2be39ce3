import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  escapeMarkdown,
  markdownCode
} from "./chunk-QRGC7USF.js";

// src/plan/format.ts
function formatPlanText(result) {
  const lines = [headline(result)];
  if (result.status === "planned") {
    lines.push(`  ${result.migrations.length} migration(s):`);
    for (const migration of result.migrations) {
      lines.push(`    ${migration.revision}  ${migration.airflowVersion ?? "?"}  ${migration.description}`);
    }
    lines.push(result.tables.length > 0 ? "  tables the migration changes (largest first):" : "  no existing table is changed");
    for (const table of result.tables) {
      lines.push(`    ${table.name}: ${rowsText(table)}, ${bytesText(table.bytes)} \u2014 ${table.heaviest}`);
      for (const note of table.notes) lines.push(`      ${note}`);
    }
    if (result.sqlFile) lines.push(`  SQL: ${result.sqlFile}`);
    for (const over of result.overLimit) lines.push(`  FAIL ${over.table} (${bytesText(over.bytes)}): ${over.note}`);
  }
  return `${lines.join("\n")}
`;
}
function formatPlanMarkdown(result) {
  const lines = [`### Migration plan: ${escapeMarkdown(headline(result))}`, ""];
  if (result.status !== "planned") return `${lines.join("\n")}
`;
  lines.push("| Revision | Airflow | Description | Statements |", "| --- | --- | --- | --- |");
  for (const m of result.migrations) {
    lines.push(`| ${markdownCode(m.revision)} | ${escapeMarkdown(m.airflowVersion ?? "?")} | ${escapeMarkdown(m.description)} | ${m.statements.length} |`);
  }
  lines.push("", "| Table | Rows (estimate) | Size | Heaviest change | What happens |", "| --- | ---: | ---: | --- | --- |");
  for (const t of result.tables) {
    lines.push(`| ${markdownCode(t.name)} | ${rowsText(t)} | ${bytesText(t.bytes)} | ${t.heaviest} | ${escapeMarkdown(t.notes.join("; ") || "catalog changes only")} |`);
  }
  for (const over of result.overLimit) lines.push("", `**Over the --fail-on-rewrite limit:** ${markdownCode(over.table)} (${bytesText(over.bytes)}): ${escapeMarkdown(over.note)}`);
  return `${lines.join("\n")}
`;
}
function headline(result) {
  const from = `${result.fromRevision || "none"}${result.fromVersion ? ` (Airflow ${result.fromVersion})` : ""}`;
  const to = result.toRevision ? `${result.toRevision} (Airflow ${result.toVersion})` : "the target";
  switch (result.status) {
    case "up-to-date":
      return `nothing to do: the metastore is at ${to}`;
    case "planned":
      return `${from} \u2192 ${to}`;
    default:
      return `cannot plan: ${result.message ?? result.status}`;
  }
}
function rowsText(table) {
  return table.rows === null ? "rows unknown (never analyzed)" : `${formatCount(table.rows)} rows`;
}
function formatCount(rows) {
  if (rows >= 1e9) return `${(rows / 1e9).toFixed(1)} G`;
  if (rows >= 1e6) return `${(rows / 1e6).toFixed(1)} M`;
  if (rows >= 1e3) return `${(rows / 1e3).toFixed(1)} k`;
  return String(rows);
}
function bytesText(bytes) {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export {
  formatPlanText,
  formatPlanMarkdown,
  bytesText
};
