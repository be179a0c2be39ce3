// The pure lint pipeline: text in, findings out. Shells read files and print; this module never does.
import { buildEffectiveConfig, type EnvEntry } from '../config/effective.js';
import { compareFindings, findingAt, type Finding } from '../findings.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import { parseConfig } from '../reader/parse.js';
import { splitPythonLines } from '../reader/python-text.js';
import type { ConfigDocument, ConfigParserError } from '../reader/types.js';
import { ALL_RULE_METAS, RULES } from '../rules/registry.js';
import { applySuppressions, parseSuppressions } from '../suppress/index.js';
import type { ReportDescriptor, Rule, RuleContext, RuleMeta } from '../rules/types.js';
import { SecretRegistry } from '../secrets.js';
import type { TargetVersion } from '../version/types.js';
import { collectSecrets } from './collect-secrets.js';
import { countBySeverity, type FileReport, type LintResult, type SuppressedFinding } from './types.js';

export interface SourceText {
  /** Path as reported (relative, `/` separators). */
  path: string;
  text: string;
}

export interface LintInput {
  cfgFiles: readonly SourceText[];
  /** `AIRFLOW__…` assignments that apply to every cfg (from --env-file and similar sources). */
  env?: readonly EnvEntry[];
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
  const secrets = new SecretRegistry();
  const env = input.env ?? [];
  const files: FileReport[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const source of input.cfgFiles) {
    const parsed = parseConfig(source.text, source.path);
    const document = parsed.ok ? parsed.document : parsed.partial;
    collectSecrets(secrets, document, env, input.knowledge);
    const raw = runRules({
      rules,
      source,
      document: parsed.ok ? parsed.document : undefined,
      parseError: parsed.ok ? undefined : parsed.error,
      partial: document,
      env,
      knowledge: input.knowledge,
      target: input.target,
    });
    const applied = applySuppressions(
      raw.map((finding) => maskFinding(finding, secrets)),
      parseSuppressions(source.path, splitPythonLines(source.text)),
      {
        disable: input.disable ?? [],
        strictSuppressions: input.strictSuppressions ?? false,
        resolveRule: (ref) => resolveRuleRef(ref, ALL_RULE_METAS),
      },
    );
    files.push({ file: source.path, kind: 'cfg', findings: applied.reported, suppressed: applied.suppressed });
    suppressed.push(...applied.suppressed);
  }
  const findings = files.flatMap((file) => file.findings).sort(compareFindings);
  return { target: input.target, files, findings, suppressed, counts: countBySeverity(findings), secrets };
}

interface RuleRun {
  rules: readonly Rule[];
  source: SourceText;
  document: ConfigDocument | undefined;
  parseError: ConfigParserError | undefined;
  partial: ConfigDocument;
  env: readonly EnvEntry[];
  knowledge: AirflowKnowledge;
  target: TargetVersion;
}

function runRules(run: RuleRun): Finding[] {
  const findings: Finding[] = [];
  const config = buildEffectiveConfig({
    component: run.source.path,
    file: run.source.path,
    document: run.document,
    env: run.env,
    knowledge: run.knowledge,
  });
  const lines = splitPythonLines(run.source.text);
  for (const rule of run.rules) {
    if (run.parseError && !rule.runsOnUnreadableFile) continue;
    const context: RuleContext = {
      file: run.source.path,
      document: run.document,
      parseError: run.parseError,
      lines,
      config,
      knowledge: run.knowledge,
      target: run.target,
      report: (descriptor) => findings.push(toFinding(rule, descriptor, run.source.path)),
    };
    rule.check(context);
  }
  return dedupe(findings);
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
  return findings.filter((finding) => {
    const key = [finding.file, finding.ruleId, finding.line, finding.column, finding.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
