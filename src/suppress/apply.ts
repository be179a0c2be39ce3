import type { SuppressedFinding } from '../engine/types.js';
import type { Finding } from '../findings.js';
import { compareFindings } from '../findings.js';
import type { RuleMeta } from '../rules/types.js';
import type { RuleReference, Suppression } from './parse.js';
import { SUPPRESSION_WITHOUT_REASON, UNKNOWN_RULE_IN_SUPPRESSION, UNUSED_SUPPRESSION } from './rules.js';

/** Maps a rule id or alias to the rule id, or undefined for no such rule. */
export type ResolveRule = (ref: string) => string | undefined;

export interface ApplyOptions {
  /** Rule ids or aliases dropped everywhere (the `disable` input / `--disable`). */
  disable: readonly string[];
  /** Ignore suppression comments: every finding not disabled is reported (for platform teams). */
  strictSuppressions: boolean;
  resolveRule: ResolveRule;
}

export interface ApplyResult {
  /** Findings still reported, suppression findings included, sorted by file, line, column. */
  reported: Finding[];
  suppressed: SuppressedFinding[];
  /** The findings about the suppression comments (APF901–APF903), also part of `reported` unless disabled. */
  suppressionFindings: Finding[];
}

/** Splits a list of rule ids/aliases into resolved ids and the references that name no rule. */
export function resolveRuleList(refs: readonly string[], resolveRule: ResolveRule): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const ref of refs.map((r) => r.trim()).filter((r) => r !== '')) {
    const id = resolveRule(ref);
    if (id === undefined) unknown.push(ref);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, unknown };
}

/** One rule reference of one suppression comment, resolved, with whether it suppressed anything. */
interface Entry {
  suppression: Suppression;
  reference: RuleReference;
  ruleId: string;
  used: boolean;
}

/**
 * Applies `disable`, then the suppression comments (unless strict), and reports on the comments:
 * a missing reason (APF901), an unknown rule (APF902), a suppression that suppressed nothing (APF903).
 * Findings about the comments can themselves be dropped only with `disable`.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  options: ApplyOptions,
): ApplyResult {
  const disabled = new Set(resolveRuleList(options.disable, options.resolveRule).ids);
  const active = options.strictSuppressions ? [] : suppressions.filter((s) => s.problem === undefined);
  const entries = active.flatMap((suppression) => resolvedEntries(suppression, options.resolveRule));

  const reported: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const entry = matchingEntry(finding, entries);
    if (entry) entry.used = true;
    if (disabled.has(finding.ruleId)) {
      suppressed.push({ finding, kind: 'disable', reason: undefined });
    } else if (entry) {
      const { suppression } = entry;
      suppressed.push({ finding, kind: suppression.kind, reason: suppression.reason, file: suppression.file, line: suppression.line });
    } else {
      reported.push(finding);
    }
  }

  const commentFindings = options.strictSuppressions ? [] : suppressionFindings(suppressions, entries, options.resolveRule);
  const suppressionReported: Finding[] = [];
  for (const finding of commentFindings) {
    if (disabled.has(finding.ruleId)) suppressed.push({ finding, kind: 'disable', reason: undefined });
    else suppressionReported.push(finding);
  }
  return {
    reported: [...reported, ...suppressionReported].sort(compareFindings),
    suppressed,
    suppressionFindings: suppressionReported,
  };
}

function resolvedEntries(suppression: Suppression, resolveRule: ResolveRule): Entry[] {
  return suppression.rules.flatMap((reference) => {
    const ruleId = resolveRule(reference.ref);
    return ruleId === undefined ? [] : [{ suppression, reference, ruleId, used: false }];
  });
}

/** An inline suppression on the finding's line wins over a file-wide one. */
function matchingEntry(finding: Finding, entries: readonly Entry[]): Entry | undefined {
  const candidates = entries.filter((e) => e.ruleId === finding.ruleId && e.suppression.file === finding.file);
  const inline = candidates.find(({ suppression }) => {
    const covers = suppression.kind === 'inline' ? suppression.covers : undefined;
    return covers !== undefined && finding.line >= covers.from && finding.line <= covers.to;
  });
  return inline ?? candidates.find(({ suppression }) => suppression.kind === 'file');
}

function suppressionFindings(suppressions: readonly Suppression[], entries: readonly Entry[], resolveRule: ResolveRule): Finding[] {
  const out: Finding[] = [];
  for (const suppression of suppressions) {
    if (suppression.problem === 'malformed') {
      out.push(commentFinding(suppression, UNKNOWN_RULE_IN_SUPPRESSION, 'malformed', {}));
      continue;
    }
    if (suppression.reason === undefined) {
      const rules = suppression.rules.map((r) => r.ref).join(',');
      out.push(commentFinding(suppression, SUPPRESSION_WITHOUT_REASON, 'missingReason', { rules }));
    }
    for (const reference of suppression.rules) {
      if (resolveRule(reference.ref) === undefined) {
        out.push(referenceFinding(suppression, reference, UNKNOWN_RULE_IN_SUPPRESSION, 'unknownRule', { ref: reference.ref }));
      }
    }
    out.push(...unusedFindings(suppression, entries));
  }
  return out;
}

function unusedFindings(suppression: Suppression, entries: readonly Entry[]): Finding[] {
  if (suppression.problem === 'misplaced') return [commentFinding(suppression, UNUSED_SUPPRESSION, 'misplaced', {})];
  const own = entries.filter((entry) => entry.suppression === suppression);
  if (suppression.kind === 'inline' && suppression.covers === undefined) {
    return own.length > 0 ? [commentFinding(suppression, UNUSED_SUPPRESSION, 'noTarget', {})] : [];
  }
  const messageId = suppression.kind === 'file' ? 'unusedFile' : 'unusedInline';
  const line = suppression.covers?.from ?? suppression.line;
  return own
    .filter((entry) => !entry.used)
    .map((entry) => referenceFinding(suppression, entry.reference, UNUSED_SUPPRESSION, messageId, { rule: entry.reference.ref, line }));
}

type MessageData = Record<string, string | number>;

function commentFinding(suppression: Suppression, rule: RuleMeta, messageId: string, data: MessageData): Finding {
  return {
    file: suppression.file,
    ruleId: rule.id,
    severity: rule.severity,
    line: suppression.line,
    column: suppression.column,
    endLine: suppression.line,
    endColumn: suppression.endColumn,
    message: fill(rule.messages[messageId] ?? rule.description, data),
  };
}

function referenceFinding(suppression: Suppression, reference: RuleReference, rule: RuleMeta, messageId: string, data: MessageData): Finding {
  return {
    ...commentFinding(suppression, rule, messageId, data),
    column: reference.column,
    endColumn: reference.endColumn,
  };
}

function fill(template: string, data: MessageData): string {
  return template.replace(/\{\{(\w+)\}\}/g, (all, name: string) => (name in data ? String(data[name]) : all));
}
