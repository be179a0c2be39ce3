import type { SeverityCounts } from '../engine/types.js';
import type { Finding, Severity } from '../findings.js';
import { compareFindings, SEVERITY_RANK } from '../findings.js';
import type { Mask } from './common.js';
import { noMask, plural, SEVERITIES } from './common.js';
import { annotationMessageText, annotationPropertyText } from '../output/annotation.js';

/** GitHub keeps at most this many annotations of each severity per step and silently drops the rest. */
export const ANNOTATIONS_PER_SEVERITY = 10;
/** GitHub cuts annotation messages at this many characters. */
export const ANNOTATION_MESSAGE_LIMIT = 4096;

export interface AnnotationLimits {
  perSeverity: number;
  /**
   * The run will call `core.setFailed`, which writes one more error annotation. Keeping one error
   * slot free for it makes the plan exact: 9 finding errors + the failure message = 10, so the
   * failure message (which says why the step failed) is never the one GitHub drops.
   */
  reserveFailureSlot?: boolean | undefined;
}

export interface AnnotationPlan {
  /** The findings to annotate, errors first, then warnings, then notices; each in file order. */
  annotate: Finding[];
  /** How many findings of each severity were left out. */
  omitted: SeverityCounts;
}

/** Chooses the findings to annotate within GitHub's per-step budget, the most important first. */
export function planAnnotations(
  findings: readonly Finding[],
  limits: AnnotationLimits = { perSeverity: ANNOTATIONS_PER_SEVERITY },
): AnnotationPlan {
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b));
  const budget: SeverityCounts = {
    error: Math.max(0, limits.perSeverity - (limits.reserveFailureSlot ? 1 : 0)),
    warning: limits.perSeverity,
    notice: limits.perSeverity,
  };
  const annotate: Finding[] = [];
  const omitted: SeverityCounts = { error: 0, warning: 0, notice: 0 };
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

/** `@actions/core`'s AnnotationProperties, as this tool fills them. */
export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * Where and under which title GitHub shows a finding. Columns are sent only for a single-line
 * span: GitHub rejects them when startLine ≠ endLine. GitHub's endColumn is inclusive, a finding's is
 * one past the last character.
 */
export function annotationProperties(finding: Finding, alias?: string, mask: Mask = noMask): AnnotationProperties {
  const properties: AnnotationProperties = {
    title: alias ? `${finding.ruleId} (${alias})` : finding.ruleId,
    file: annotationPropertyText(mask(finding.file)),
    startLine: finding.line,
    endLine: Math.max(finding.line, finding.endLine),
  };
  if (properties.startLine === properties.endLine) {
    properties.startColumn = finding.column;
    properties.endColumn = Math.max(finding.column, finding.endColumn - 1);
  }
  return properties;
}

/** The annotation text: the message and its fix, masked, cut to GitHub's limit. */
export function annotationMessage(finding: Finding, mask: Mask = noMask): string {
  const text = annotationMessageText(mask(finding.fix ? `${finding.message}\nFix: ${finding.fix}` : finding.message));
  if (text.length <= ANNOTATION_MESSAGE_LIMIT) return text;
  const ellipsis = '…';
  return text.slice(0, ANNOTATION_MESSAGE_LIMIT - ellipsis.length) + ellipsis;
}

export interface Annotation {
  severity: Severity;
  message: string;
  properties: AnnotationProperties;
}

/** Everything one `core.error`/`core.warning`/`core.notice` call needs. */
export function toAnnotation(finding: Finding, alias?: string, mask: Mask = noMask): Annotation {
  return {
    severity: finding.severity,
    message: annotationMessage(finding, mask),
    properties: annotationProperties(finding, alias, mask),
  };
}

/**
 * The log line for findings left out of the annotations, or undefined when none were.
 * E.g. "2 errors and 30 warnings were not annotated (GitHub shows at most 10 annotations of each
 * severity per step); all 42 findings are listed in the job summary and in findings.json."
 */
export function omittedAnnotationsText(
  omitted: SeverityCounts,
  options: { total: number; perSeverity?: number; findingsFile?: string | undefined; summary?: boolean },
): string | undefined {
  const parts = SEVERITIES.filter((severity) => omitted[severity] > 0).map((severity) => plural(omitted[severity], severity));
  if (parts.length === 0) return undefined;
  const count = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  const places = [
    ...(options.summary === false ? [] : ['the job summary']),
    ...(options.findingsFile ? [options.findingsFile] : []),
  ];
  const where = places.length > 0 ? `; all ${plural(options.total, 'finding')} are listed in ${places.join(' and in ')}` : '';
  const omittedTotal = omitted.error + omitted.warning + omitted.notice;
  const verb = omittedTotal === 1 ? 'was' : 'were';
  const limit = options.perSeverity ?? ANNOTATIONS_PER_SEVERITY;
  return `${count} ${verb} not annotated (GitHub shows at most ${limit} annotations of each severity per step)${where}.`;
}
