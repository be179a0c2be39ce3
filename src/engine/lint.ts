// The pure lint pipeline: text in, findings out. Shells read files and print; this module never does.
import { buildEffectiveConfig, type EnvEntry } from '../config/effective.js';
import { compareFindings, findingAt, type Finding, type Severity } from '../findings.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import { splitPythonLines } from '../reader/python-text.js';
import type { ConfigDocument, ConfigParserError, Span } from '../reader/types.js';
import { ALL_RULE_METAS, RULES } from '../rules/registry.js';
import { applySuppressions, parseSuppressions } from '../suppress/index.js';
import type { ReportDescriptor, Rule, RuleContext, RuleMeta } from '../rules/types.js';
import { SecretRegistry } from '../secrets.js';
import type { TargetVersion } from '../version/types.js';
import type { UnreadableSource } from '../components/build.js';
import { collectRepositorySecrets, resolveComponents, type ResolvedComponent } from '../components/resolve.js';
import type { RepositoryView } from '../components/types.js';
import { sourceKindOf, type RepoFile } from '../sources/kinds.js';
import { sourceUnreadable } from '../rules/apf301-source-unreadable.js';
import { yamlTooCostly } from '../rules/apf021-yaml-too-costly.js';
import { countBySeverity, type FileReport, type LintResult, type SuppressedFinding } from './types.js';

export interface SourceText {
  /** Path as reported (relative, `/` separators). */
  path: string;
  text: string;
}

export interface LintInput {
  cfgFiles: readonly SourceText[];
  /** `AIRFLOW__…` assignments that apply to every component (from --env-file and similar sources). */
  env?: readonly EnvEntry[];
  /**
   * Compose files, Helm values, .env files, Dockerfiles and scripts: each compose service and Helm
   * component is linted with its own effective configuration, and findings may point into these files.
   */
  sources?: readonly RepoFile[];
  knowledge: AirflowKnowledge;
  target: TargetVersion;
  rules?: readonly Rule[];
  /** Rule ids or aliases to leave out everywhere. */
  disable?: readonly string[];
  /** Ignore suppression comments in the files. */
  strictSuppressions?: boolean;
}

export interface LintOutput extends LintResult {
  secrets: SecretRegistry;
}

export function lint(input: LintInput): LintOutput {
  const rules = input.rules ?? RULES;
  const resolved = resolveComponents(input);
  const { repository, components: runs } = resolved;
  const secrets = collectRepositorySecrets(resolved, input.knowledge);
  const view: RepositoryView = {
    components: runs.map((run) => run.view),
    compose: repository.compose,
    helm: repository.helm,
    scripts: repository.scripts,
    dockerfiles: repository.dockerfiles,
    files: repository.files,
  };
  const raw: Finding[] = [];
  for (const run of runs) raw.push(...runRules(rules.filter((rule) => rule.scope !== 'repository'), run, view, input, secrets));
  const repositoryRules = rules.filter((rule) => rule.scope === 'repository');
  if (repositoryRules.length > 0) raw.push(...runRules(repositoryRules, runs[0] ?? emptyRun(input), view, input, secrets));
  raw.push(...repository.unreadable.map(unreadableFinding));

  const texts = new Map<string, { text: string; kind: string }>();
  for (const source of input.cfgFiles) texts.set(source.path, { text: source.text, kind: 'cfg' });
  for (const file of repository.files) texts.set(file.path, { text: file.text, kind: file.kind });
  const byFile = groupByFile(dedupe(raw).map((finding) => maskFinding(finding, secrets)));
  const files: FileReport[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const path of new Set([...texts.keys(), ...byFile.keys()])) {
    const known = texts.get(path);
    const kind = known?.kind ?? sourceKindOf(path) ?? 'cfg';
    const lines = splitPythonLines(known?.text ?? '');
    const applied = applySuppressions(byFile.get(path) ?? [], parseSuppressions(path, lines, { multiLineValues: kind === 'cfg' }), {
      disable: input.disable ?? [],
      strictSuppressions: input.strictSuppressions ?? false,
      resolveRule: (ref) => resolveRuleRef(ref, ALL_RULE_METAS),
    });
    files.push({ file: path, kind, findings: applied.reported, suppressed: applied.suppressed });
    suppressed.push(...applied.suppressed);
  }
  const findings = files.flatMap((file) => file.findings).sort(compareFindings);
  return { target: input.target, files, findings, suppressed, counts: countBySeverity(findings), secrets };
}

/** With nothing to lint, repository rules still run once, on an empty configuration. */
function emptyRun(input: LintInput): ResolvedComponent {
  const config = buildEffectiveConfig({ component: '', env: [], knowledge: input.knowledge });
  return { view: { name: '', kind: 'cfg', file: '', config }, file: '', document: undefined, parseError: undefined, lines: [] };
}

/**
 * The findings one rule lists for one file in one run; past it they are counted, and one finding says how
 * many were not listed. A hostile file of 100,000 sections would otherwise make 100,000 findings, and no
 * reader (nor code scanning, nor the annotation limit) takes that many.
 */
export const MAX_FINDINGS_PER_RULE = 1_000;

function runRules(rules: readonly Rule[], run: ResolvedComponent, repository: RepositoryView, input: LintInput, secrets: SecretRegistry): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (run.parseError && !rule.runsOnUnreadableFile) continue;
    const listed = new Map<string, number>();
    const unlisted = new Map<string, { count: number; span: Span }>();
    const report = (descriptor: ReportDescriptor) => {
      const file = descriptor.file ?? run.file;
      const count = listed.get(file) ?? 0;
      if (count < MAX_FINDINGS_PER_RULE) {
        listed.set(file, count + 1);
        findings.push(toFinding(rule, maskReportData(descriptor, secrets), run.file));
        return;
      }
      unlisted.set(file, { count: (unlisted.get(file)?.count ?? 0) + 1, span: descriptor.span });
    };
    const context: RuleContext = {
      file: run.file,
      document: run.document,
      parseError: run.parseError,
      lines: run.lines,
      documentIsFile: run.document !== undefined && run.view.cfgFile !== undefined && run.file === run.view.cfgFile,
      config: run.view.config,
      anchorSpan: run.view.service && run.file === run.view.file ? (run.view.service.environmentSpan ?? run.view.service.nameSpan) : undefined,
      knowledge: input.knowledge,
      target: input.target,
      repository,
      report,
    };
    rule.check(context);
    for (const [file, { count, span }] of unlisted) findings.push(unlistedFinding(rule, file, count, span));
  }
  return findings;
}

function unlistedFinding(rule: Rule, file: string, count: number, span: Span): Finding {
  const { id, alias, severity } = rule.meta;
  const message = `${count.toLocaleString('en-US')} more ${id} (${alias}) finding(s) in this file are not listed: one rule lists at most ${MAX_FINDINGS_PER_RULE.toLocaleString('en-US')} per file.`;
  return findingAt({ file, ruleId: id, severity, message }, span);
}

function unreadableFinding(source: UnreadableSource): Finding {
  const rule = source.limit ? yamlTooCostly : sourceUnreadable;
  const messageId = source.limit ?? 'invalidYaml';
  return toFinding(rule, { messageId, data: { detail: source.message }, span: source.span, file: source.file }, source.file);
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  return byFile;
}

function toFinding(rule: Rule, descriptor: ReportDescriptor, defaultFile: string): Finding {
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message '${descriptor.messageId}'`);
  return findingAt(
    {
      file: descriptor.file ?? defaultFile,
      ruleId: rule.meta.id,
      severity: descriptor.severity ?? rule.meta.severity,
      message: fillTemplate(template, descriptor.data ?? {}),
      fix: descriptor.fix,
      related: descriptor.related,
      ...(descriptor.edits && descriptor.edits.length > 0 ? { edits: descriptor.edits } : {}),
    },
    descriptor.span,
  );
}

export function fillTemplate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
}

/** Two rules, or two components, may report the same thing at the same place: keep one. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((finding) => {
    const key = [finding.file, finding.ruleId, finding.line, finding.column, finding.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return oneSecretFindingPerValue(unique);
}

/**
 * A compose substitution finding (APF308) sits on the substituted text of one value; a rule that judges the
 * same value (empty, weak, written in the file) at the same place reports the same problem. The most severe
 * stays; on a tie APF308, which says why (the substitution).
 */
const SAME_VALUE_RULES = ['APF311', 'APF308', 'APF123', 'APF120', 'APF121', 'APF122', 'APF115'];

function oneSecretFindingPerValue(findings: Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };
  const keyOf = (finding: Finding) => [finding.file, finding.line, finding.column].join('\u0000');
  const anchored = new Set(findings.filter((finding) => finding.ruleId === 'APF308').map(keyOf));
  const best = new Map<string, Finding>();
  const better = (a: Finding, b: Finding) =>
    rank[a.severity] !== rank[b.severity] ? rank[a.severity] > rank[b.severity] : SAME_VALUE_RULES.indexOf(a.ruleId) < SAME_VALUE_RULES.indexOf(b.ruleId);
  for (const finding of findings) {
    if (!SAME_VALUE_RULES.includes(finding.ruleId) || !anchored.has(keyOf(finding))) continue;
    const current = best.get(keyOf(finding));
    if (!current || better(finding, current)) best.set(keyOf(finding), finding);
  }
  return findings.filter((finding) => !best.has(keyOf(finding)) || !SAME_VALUE_RULES.includes(finding.ruleId) || best.get(keyOf(finding)) === finding);
}

/**
 * A rule's data is repository text (values, names, lines) placed into our own sentence: each piece is
 * masked as a quoted field, where a weak secret is recognised as a word of its own, before the
 * sentence is built. The finished message is masked again as a whole (maskFinding).
 */
function maskReportData(descriptor: ReportDescriptor, secrets: SecretRegistry): ReportDescriptor {
  if (descriptor.data === undefined) return descriptor;
  const data: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(descriptor.data)) data[name] = typeof value === 'string' ? secrets.maskField(value) : value;
  return { ...descriptor, data };
}

function maskFinding(finding: Finding, secrets: SecretRegistry): Finding {
  return {
    ...finding,
    message: secrets.mask(finding.message),
    fix: finding.fix === undefined ? undefined : secrets.mask(finding.fix),
    related: finding.related?.map((related) => ({ ...related, message: secrets.mask(related.message) })),
  };
}

/** The id of the rule an id or alias names, in any case. */
export function resolveRuleRef(ref: string, metas: readonly RuleMeta[]): string | undefined {
  const wanted = ref.trim().toLowerCase();
  return metas.find((meta) => meta.id.toLowerCase() === wanted || meta.alias === wanted)?.id;
}
