import { createRequire as __apfCreateRequire } from 'node:module'; import { fileURLToPath as __apfFileURLToPath } from 'node:url'; import { dirname as __apfDirname } from 'node:path'; const require = __apfCreateRequire(import.meta.url); const __filename = __apfFileURLToPath(import.meta.url); const __dirname = __apfDirname(__filename);
import {
  markdownCode,
  markdownFence,
  markdownInline
} from "./chunks/chunk-QRGC7USF.js";
import {
  ALL_RULE_METAS,
  DOCS_BASE_URL,
  FAIL_ON_LEVELS,
  SEVERITY_RANK,
  applyBaseline,
  assertInsideWorkspace,
  buildSarif,
  compareFindings,
  confineReadsTo,
  countBySeverity,
  loadProjectConfig,
  omittedResults,
  omittedResultsText,
  reachesFailLevel,
  readBaselineFile,
  ruleDocUrl,
  runLint,
  sourceLines,
  splitList,
  toJson
} from "./chunks/chunk-X5XYU2WT.js";
import "./chunks/chunk-GZQFANC4.js";
import {
  jsonText
} from "./chunks/chunk-CX5KMISR.js";
import {
  UsageError
} from "./chunks/chunk-RRJEZCB6.js";
import {
  SEVERITIES,
  countsText,
  noMask,
  nonZeroCountsText,
  plural,
  targetVersionText
} from "./chunks/chunk-DXXIN37Z.js";
import "./chunks/chunk-AZDEMNB5.js";
import {
  secondsFromFirstStart,
  taskIntervals
} from "./chunks/chunk-FVMEH7UH.js";
import "./chunks/chunk-EHIJUM37.js";
import "./chunks/chunk-RSDSUM7C.js";
import {
  annotationMessageText,
  annotationPropertyText,
  logFailed,
  logInfo,
  logNotice,
  logWarning
} from "./chunks/chunk-WGQV5XDP.js";
import {
  logText
} from "./chunks/chunk-SD5MQQMY.js";
import {
  core_exports,
  getBooleanInput,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary
} from "./chunks/chunk-C3H65RNN.js";
import "./chunks/chunk-XS2MS7GF.js";

// src/action/main.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/report/annotations.ts
var ANNOTATIONS_PER_SEVERITY = 10;
var ANNOTATION_MESSAGE_LIMIT = 4096;
function planAnnotations(findings, limits = { perSeverity: ANNOTATIONS_PER_SEVERITY }) {
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b));
  const budget = {
    error: Math.max(0, limits.perSeverity - (limits.reserveFailureSlot ? 1 : 0)),
    warning: limits.perSeverity,
    notice: limits.perSeverity
  };
  const annotate = [];
  const omitted = { error: 0, warning: 0, notice: 0 };
  for (const finding of ordered) {
    if (budget[finding.severity] > 0) {
      budget[finding.severity] -= 1;
      annotate.push(finding);
    } else {
      omitted[finding.severity] += 1;
    }
  }
  return { annotate, omitted };
}
function annotationProperties(finding, alias, mask = noMask) {
  const properties = {
    title: alias ? `${finding.ruleId} (${alias})` : finding.ruleId,
    file: annotationPropertyText(mask(finding.file)),
    startLine: finding.line,
    endLine: Math.max(finding.line, finding.endLine)
  };
  if (properties.startLine === properties.endLine) {
    properties.startColumn = finding.column;
    properties.endColumn = Math.max(finding.column, finding.endColumn - 1);
  }
  return properties;
}
function annotationMessage(finding, mask = noMask) {
  const text = annotationMessageText(mask(finding.fix ? `${finding.message}
Fix: ${finding.fix}` : finding.message));
  if (text.length <= ANNOTATION_MESSAGE_LIMIT) return text;
  const ellipsis = "\u2026";
  return text.slice(0, ANNOTATION_MESSAGE_LIMIT - ellipsis.length) + ellipsis;
}
function toAnnotation(finding, alias, mask = noMask) {
  return {
    severity: finding.severity,
    message: annotationMessage(finding, mask),
    properties: annotationProperties(finding, alias, mask)
  };
}
function omittedAnnotationsText(omitted, options) {
  const parts = SEVERITIES.filter((severity) => omitted[severity] > 0).map((severity) => plural(omitted[severity], severity));
  if (parts.length === 0) return void 0;
  const count = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  const places = [
    ...options.summary === false ? [] : ["the job summary"],
    ...options.findingsFile ? [options.findingsFile] : []
  ];
  const where = places.length > 0 ? `; all ${plural(options.total, "finding")} are listed in ${places.join(" and in ")}` : "";
  const omittedTotal = omitted.error + omitted.warning + omitted.notice;
  const verb = omittedTotal === 1 ? "was" : "were";
  const limit = options.perSeverity ?? ANNOTATIONS_PER_SEVERITY;
  return `${count} ${verb} not annotated (GitHub shows at most ${limit} annotations of each severity per step)${where}.`;
}

// src/verify/parallel/gantt.ts
function parallelGantt(result) {
  const started = result.tasks.filter((t) => t.start !== void 0);
  if (started.length === 0) return void 0;
  const origin = Math.min(...taskIntervals(started).map((i) => i.start));
  const lines = [
    "gantt",
    `    title ${chartTitle(result)}`,
    "    dateFormat x",
    "    axisFormat %M:%S",
    "    section probe tasks"
  ];
  for (const task of started) {
    const [interval] = taskIntervals([task]);
    if (interval === void 0) continue;
    const end = Number.isFinite(interval.end) ? interval.end : interval.start + 1e3;
    const tag = task.state === "success" ? "done, " : Number.isFinite(interval.end) ? "crit, " : "active, ";
    lines.push(`    ${safeId(task.taskId)} :${tag}${interval.start - origin}, ${end - origin}`);
  }
  return lines.join("\n");
}
function chartTitle(result) {
  const executor = /^[A-Za-z]+$/.test(result.executor) ? result.executor : "the executor";
  return `${executor} ran at most ${result.maxConcurrent} of ${result.tasks.length} probe tasks at once`;
}
function safeId(taskId) {
  return taskId.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 40) || "task";
}

// src/verify/parallel/summary.ts
var HEADINGS = {
  proved: "tasks ran in parallel",
  "one-at-a-time": "tasks ran one at a time",
  "not-provable": "not provable here",
  failed: "the probe did not finish"
};
function parallelSummaryBlocks(parallel, inline2) {
  const blocks = [
    `#### Parallel execution: ${HEADINGS[parallel.status]}`,
    `${inline2(parallel.detail)}. Executor ${inline2(parallel.executor || "unknown")}, at most **${parallel.maxConcurrent}** probe tasks at once, ${parallel.durationSeconds.toFixed(1)} s.`
  ];
  const chart = parallelGantt(parallel);
  if (chart !== void 0) blocks.push(`\`\`\`mermaid
${chart}
\`\`\``);
  if (parallel.tasks.length > 0) {
    const seconds = secondsFromFirstStart(parallel.tasks);
    const offset = (time) => {
      const value = seconds(time);
      return value === void 0 ? "\u2013" : `+${value.toFixed(1)} s`;
    };
    const rows = parallel.tasks.map((t) => `| ${inline2(t.taskId)} | ${inline2(t.state)} | ${offset(t.start)} | ${offset(t.end)} |`);
    blocks.push(["| Task | State | Started | Ended |", "| --- | --- | ---: | ---: |", ...rows].join("\n"));
  }
  return blocks;
}

// src/report/summary.ts
var SUMMARY_BYTE_BUDGET = 1e6;
var TRUNCATION_NOTE_BYTES = 600;
var TABLE_HEAD = "| Rule | Line | Severity | Message |\n| --- | ---: | --- | --- |";
function buildSummary(result, options) {
  const mask = options.mask ?? noMask;
  const head = headBlocks(result, options, mask);
  const tail = [...result.verify ? verifyBlocks(result.verify, options.docsBaseUrl, mask) : [], ...filesFooter(options, mask)];
  const fixed = byteLength([...head, ...tail].join("\n\n"));
  const budget = (options.maxBytes ?? SUMMARY_BYTE_BUDGET) - fixed - TRUNCATION_NOTE_BYTES;
  const body = findingsBlocks(result, options, mask, budget);
  return `${[...head, ...body, ...tail].join("\n\n")}
`;
}
function headBlocks(result, options, mask) {
  const blocks = [
    "## airflow-preflight",
    `**${countsText(result.counts)}** (${result.suppressed.length} suppressed) in ${plural(result.files.length, "file")}.`,
    `Target: **${targetVersionText(result.target)}**, ${inline(result.target.reason, mask)}.`
  ];
  if (result.target.notice) blocks.push(`> ${inline(result.target.notice, mask)}`);
  const omitted = options.omitted && omittedAnnotationsText(options.omitted, { total: result.findings.length, summary: false });
  if (omitted) blocks.push(`> [!NOTE]
> ${omitted} Every finding is listed below.`);
  return blocks;
}
function findingsBlocks(result, options, mask, budget) {
  const blocks = [];
  let remaining = budget;
  let shown = 0;
  for (const file of result.files) {
    if (file.findings.length === 0) continue;
    const heading = fileHeading(file, mask);
    const rows = [];
    let size = byteLength(heading) + byteLength(TABLE_HEAD) + 4;
    for (const finding of file.findings) {
      const row = findingRow(finding, options.docsBaseUrl, mask);
      if (size + byteLength(row) + 1 > remaining) break;
      rows.push(row);
      size += byteLength(row) + 1;
    }
    if (rows.length > 0) blocks.push(`${heading}

${TABLE_HEAD}
${rows.join("\n")}`);
    remaining -= size;
    shown += rows.length;
    if (rows.length < file.findings.length) break;
  }
  const total = result.findings.length;
  if (shown < total) blocks.push(truncationNote(shown, total, options.findingsFile, mask));
  const clean = result.files.filter((file) => file.findings.length === 0);
  if (clean.length > 0) blocks.push(`No findings in ${clean.map((file) => code(fileLabel(file, mask))).join(", ")}.`);
  return blocks;
}
function fileHeading(file, mask) {
  const suppressed = file.suppressed.length > 0 ? ` (${file.suppressed.length} suppressed)` : "";
  return `### ${code(mask(file.file))}: ${nonZeroCountsText(countBySeverity(file.findings))}${suppressed}`;
}
function fileLabel(file, mask) {
  const suppressed = file.suppressed.length;
  return suppressed > 0 ? `${mask(file.file)} (${suppressed} suppressed)` : mask(file.file);
}
function findingRow(finding, docsBaseUrl, mask) {
  const rule = `[${finding.ruleId}](${ruleDocUrl(finding.ruleId, docsBaseUrl)})`;
  const fix = finding.fix ? `<br>Fix: ${inline(finding.fix, mask)}` : "";
  return `| ${rule} | ${finding.line} | ${finding.severity} | ${inline(finding.message, mask)}${fix} |`;
}
function truncationNote(shown, total, findingsFile, mask) {
  const where = findingsFile ? ` ${code(mask(findingsFile))} lists them all.` : "";
  return `> [!WARNING]
> The tables stop after ${shown} of ${plural(total, "finding")} to stay within GitHub's 1 MiB summary limit.${where}`;
}
function filesFooter(options, mask) {
  const files = [
    ...options.findingsFile ? [`${code(mask(options.findingsFile))} (JSON)`] : [],
    ...options.sarifFile ? [`${code(mask(options.sarifFile))} (SARIF)`] : []
  ];
  return files.length > 0 ? [`Full results: ${files.join(", ")}.`] : [];
}
function verifyBlocks(verify, docsBaseUrl, mask) {
  const blocks = [
    `### Metastore verification: ${verify.verified ? "passed" : "failed"}`,
    `Provider ${code(verify.provider)}, Airflow ${inline(verify.airflowVersion, mask)}, created with ${code(mask(verify.migrateCommand))}.`,
    [
      "| Tables expected | Tables found | Missing tables | Migration head | Expected head |",
      "| ---: | ---: | --- | --- | --- |",
      `| ${verify.expectedTables.length} | ${verify.foundTables.length} | ${verify.missingTables.map(cell).join(", ") || "none"} | ${cell(verify.migrationHead ?? "none")} | ${cell(verify.expectedHead ?? "unknown")} |`
    ].join("\n")
  ];
  if (verify.checks.length > 0) {
    const rows = verify.checks.map((check) => {
      const rule = check.ruleId ? ` ([${check.ruleId}](${ruleDocUrl(check.ruleId, docsBaseUrl)}))` : "";
      return `| ${inline(check.name, mask)} | ${check.ok ? "passed" : "**failed**"} | ${inline(check.detail, mask)}${rule} |`;
    });
    blocks.push(["| Check | Result | Detail |", "| --- | --- | --- |", ...rows].join("\n"));
  }
  const replaced = verify.replacedOptions ?? [];
  if (replaced.length > 0) {
    const rows = replaced.map((entry) => `| ${inline(entry.option, mask)} | ${inline(entry.source, mask)} | ${inline(entry.replacement, mask)} |`);
    blocks.push(["Not used as written during verify:", "", "| Option | Where | Instead |", "| --- | --- | --- |", ...rows].join("\n"));
  }
  if (verify.parallel !== void 0) blocks.push(...parallelSummaryBlocks(verify.parallel, (text) => inline(text, mask)));
  const timings = Object.entries(verify.timings);
  if (timings.length > 0) {
    blocks.push(`Timings: ${timings.map(([phase, ms]) => `${inline(phase, mask)} ${duration(ms)}`).join(", ")}.`);
  }
  if (verify.errorLines.length > 0) {
    blocks.push(`<details><summary>Airflow's error output</summary>

${markdownFence(verify.errorLines, mask)}

</details>`);
  }
  return blocks;
}
function duration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function inline(text, mask) {
  return markdownInline(text, mask);
}
function code(text) {
  return markdownCode(text);
}
function cell(text) {
  return /[|\\]/.test(text) ? markdownInline(text) : markdownCode(text);
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}

// src/action/changed-lines.ts
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { posix, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
function parseUnifiedDiff(diff) {
  const changed = /* @__PURE__ */ new Map();
  let file;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const name = line.slice(4).split("	")[0] ?? "";
      file = name === "/dev/null" ? void 0 : name.replace(/^b\//, "");
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (!hunk || file === void 0) continue;
    const start = Number(hunk[1]);
    const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
    if (count === 0) continue;
    const ranges = changed.get(file) ?? [];
    ranges.push([start, start + count - 1]);
    changed.set(file, ranges);
  }
  return changed;
}
function findingsOnChangedLines(findings, changed, toRepoPath) {
  return findings.filter((finding) => {
    const ranges = changed.get(toRepoPath(finding.file));
    if (!ranges) return false;
    const last = Math.max(finding.line, finding.endLine > finding.line && finding.endColumn <= 1 ? finding.endLine - 1 : finding.endLine);
    return ranges.some(([from, to]) => finding.line <= to && last >= from);
  });
}
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
async function changedLinesOfPullRequest(eventPath, cwd) {
  if (!eventPath) return { ok: false, reason: "GITHUB_EVENT_PATH is not set" };
  let base;
  try {
    const payload = JSON.parse(await readFile(eventPath, "utf8"));
    base = payload.pull_request?.base?.sha;
  } catch {
    return { ok: false, reason: "the event payload cannot be read" };
  }
  if (base === void 0) return { ok: false, reason: "this run was not started by a pull request" };
  if (typeof base !== "string" || !SHA.test(base)) return { ok: false, reason: "the event payload names no valid base commit" };
  let top;
  try {
    top = (await run("git", ["rev-parse", "--show-toplevel"], { cwd })).stdout.trim();
  } catch {
    return { ok: false, reason: "the working directory is not a git checkout" };
  }
  try {
    await run("git", ["cat-file", "-e", `${base}^{commit}`], { cwd });
  } catch {
    return { ok: false, reason: `the base commit ${base.slice(0, 12)} is not in the checkout (set fetch-depth: 0 on actions/checkout)` };
  }
  let diff;
  try {
    diff = (await run("git", ["diff", "--no-color", "--no-ext-diff", "--unified=0", "--no-renames", base, "HEAD"], { cwd, maxBuffer: 256 * 1024 * 1024 })).stdout;
  } catch {
    return { ok: false, reason: `git diff against the base commit ${base.slice(0, 12)} failed` };
  }
  const toRepoPath = (file) => relative(top, resolve(cwd, file)).split(sep).join(posix.sep);
  return { ok: true, changed: parseUnifiedDiff(diff), toRepoPath, base };
}

// src/action/main.ts
async function run2() {
  confineReadsTo(process.env.GITHUB_WORKSPACE || process.cwd());
  const root = getInput("working-directory") || ".";
  const project = await loadProjectConfig(getInput("config-file") || void 0, root);
  const failOn = readFailOn() ?? project.failOn ?? "error";
  const tempDir = process.env.RUNNER_TEMP ?? process.cwd();
  const findingsFile = getInput("findings-file") || join(tempDir, "airflow-preflight-findings.json");
  const sarifFile = getInput("sarif-file") || join(tempDir, "airflow-preflight.sarif");
  const linted = await runLint({
    paths: splitList(getInput("config")),
    root,
    project,
    airflowVersion: getInput("airflow-version") || void 0,
    envFiles: splitList(getInput("env-file")),
    disable: splitList(getInput("disable")),
    strictSuppressions: getBooleanInput("strict-suppressions"),
    compose: splitList(getInput("compose")),
    helmValues: splitList(getInput("helm-values")),
    dockerfiles: splitList(getInput("dockerfile")),
    discover: readDiscover()
  });
  const { sources } = linted;
  let { result } = linted;
  for (const secret of result.secrets.values()) setSecret(secret);
  const mask = (text) => result.secrets.mask(text);
  const baselinePath = getInput("baseline");
  if (baselinePath) {
    const context = { root, lines: sourceLines(sources), mask };
    result = applyBaseline(result, await readBaselineFile(baselinePath), baselinePath, context);
    logInfo(`Baseline ${logText(baselinePath)}: ${result.baseline?.hidden ?? 0} known finding(s) hidden, ${result.baseline?.stale.length ?? 0} stale entries.`);
  }
  logInfo(`Target Airflow ${result.target.knowledgeVersion}: ${logText(result.target.reason, mask)}`);
  if (result.target.notice) logNotice(result.target.notice, mask);
  if (getBooleanInput("verify")) {
    const { readVerifyInputs, runVerifyStep } = await import("./chunks/verify-step-SVWWLY72.js");
    const cfgPath = verifyConfigPath(sources.map((source) => source.path));
    await assertInsideWorkspace(cfgPath);
    result.verify = await runVerifyStep(readVerifyInputs(), {
      cfgPath,
      targetVersion: result.target.knowledgeVersion,
      secrets: result.secrets
    });
  }
  const planned = getBooleanInput("plan") ? await (await import("./chunks/plan-step-K5HZIUOU.js")).runPlanStep(result.target.knowledgeVersion, writeOutputFile) : void 0;
  const failing = result.findings.filter((finding) => reachesFailLevel(finding.severity, failOn));
  const annotated = await annotatedFindings(result.findings);
  const plan = planAnnotations(annotated, { perSeverity: 10, reserveFailureSlot: failing.length > 0 });
  const aliases = new Map(ALL_RULE_METAS.map((meta) => [meta.id, meta.alias]));
  for (const finding of plan.annotate) {
    const annotation = toAnnotation(finding, aliases.get(finding.ruleId), mask);
    core_exports[annotation.severity](annotation.message, annotation.properties);
  }
  const omittedText = omittedAnnotationsText(plan.omitted, { total: result.findings.length, findingsFile });
  if (omittedText) logInfo(omittedText);
  await writeOutputFile(findingsFile, jsonText(toJson(result, { mask })));
  const sarif = buildSarif(result, sources, mask);
  const omittedFromSarif = omittedResults(sarif);
  if (omittedFromSarif > 0) logInfo(omittedResultsText(omittedFromSarif, sarif.runs[0]?.results.length ?? 0));
  await writeOutputFile(sarifFile, jsonText(sarif));
  await writeSummary(
    buildSummary(result, { docsBaseUrl: DOCS_BASE_URL, omitted: plan.omitted, findingsFile, sarifFile, mask }) + (planned ? `
${planned.markdown}` : "")
  );
  setOutput("errors", result.counts.error);
  setOutput("warnings", result.counts.warning);
  setOutput("notices", result.counts.notice);
  setOutput("findings-file", findingsFile);
  setOutput("sarif-file", sarifFile);
  setOutput("target-airflow-version", result.target.knowledgeVersion);
  if (failing.length > 0) {
    setFailed(`${failing.length} finding(s) at or above fail-on level '${failOn}'; see the annotations and the job summary.`);
  } else if (result.verify && !result.verify.verified) {
    setFailed("Verification against a throwaway metastore failed; see the job summary.");
  } else if (planned?.failure) {
    setFailed(planned.failure);
  }
}
async function annotatedFindings(findings) {
  if (!getBooleanInput("only-changed")) return findings;
  const changed = await changedLinesOfPullRequest(process.env.GITHUB_EVENT_PATH, process.cwd());
  if (!changed.ok) {
    notice(`only-changed: annotating every finding, because ${changed.reason}.`);
    return findings;
  }
  const kept = findingsOnChangedLines(findings, changed.changed, changed.toRepoPath);
  info(`only-changed: ${kept.length} of ${findings.length} finding(s) are on lines this pull request adds or changes (against ${changed.base.slice(0, 12)}); the job summary and SARIF list all.`);
  return kept;
}
function verifyConfigPath(linted) {
  const chosen = getInput("verify-config");
  if (chosen) return chosen;
  const cfgs = linted.filter((path) => path.endsWith(".cfg"));
  if (cfgs.length === 1 && cfgs[0] !== void 0) return cfgs[0];
  throw new UsageError(
    cfgs.length === 0 ? "verify needs an airflow.cfg, but none was linted: set the config or verify-config input" : `verify runs one airflow.cfg, and ${cfgs.length} were linted (${cfgs.join(", ")}): set the verify-config input`
  );
}
function readDiscover() {
  const value = (getInput("discover") || "auto").trim().toLowerCase();
  if (value === "auto") return void 0;
  if (value === "true" || value === "false") return value === "true";
  throw new UsageError(`input discover: '${value}' is not one of auto, true, false`);
}
function readFailOn() {
  const value = getInput("fail-on").trim().toLowerCase();
  if (value === "") return void 0;
  if (FAIL_ON_LEVELS.includes(value)) return value;
  throw new UsageError(`input fail-on: '${value}' is not one of ${FAIL_ON_LEVELS.join(", ")}`);
}
async function writeOutputFile(path, content) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content, "utf8");
}
async function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(markdown, true).write();
  } catch (error) {
    logWarning(`The job summary could not be written (${error instanceof Error ? error.message : String(error)}); the findings are in findings-file.`);
  }
}
try {
  await run2();
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  logFailed(error instanceof UsageError ? message : `internal error: ${message.split("\n")[0] ?? ""} (please report it)`);
}
export {
  run2 as run
};
