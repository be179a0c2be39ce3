import { createHash } from 'node:crypto';
import { flaggedText } from './flagged-text.js';
import type { LintResult, SuppressedFinding } from '../engine/types.js';
import { compareFindings, type Finding, type Severity } from '../findings.js';
import type { RuleMeta } from '../rules/types.js';
import type { Mask } from './common.js';
import { noMask, oneLine } from './common.js';
import { ruleDocUrl } from './docs-url.js';

/** The parts of SARIF 2.1.0 this tool writes (https://docs.oasis-open.org/sarif/sarif/v2.1.0/). */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  automationDetails?: { id: string };
  columnKind: 'utf16CodeUnits';
  originalUriBaseIds?: Record<string, { uri: string }>;
  results: SarifResult[];
  invocations?: SarifInvocation[];
  properties?: { omittedResults: number };
}

export interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications: { level: 'warning'; message: { text: string } }[];
}

/** GitHub code scanning refuses a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;

export interface SarifDriver {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'high'; 'security-severity'?: string };
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface SarifLocation {
  id?: number;
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: string };
    region: SarifRegion;
  };
  message?: { text: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'inSource' | 'external'; justification?: string }[];
}

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
  /** Base of the rule pages, `…/docs/rules/`; each rule's `helpUri` is `<base><id>.md`. */
  docsBaseUrl: string;
}

export interface SarifOptions {
  /** The lines of each reported file, keyed by the finding's `file`; used for stable fingerprints. */
  sources?: ReadonlyMap<string, readonly string[]> | undefined;
  mask?: Mask | undefined;
  /** Absolute `file:` URI of the repository root (ending in `/`), when known. */
  srcRoot?: string | undefined;
  /** At most this many results (the most severe first); the run says how many were left out. */
  maxResults?: number | undefined;
}

const SRCROOT = '%SRCROOT%';
/** The key under which the fingerprint is written; the `/v1` lets a future scheme coexist. */
export const FINGERPRINT_KEY = 'airflowPreflightLineHash/v1';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/** GitHub maps security-severity to critical (≥9), high (≥7), medium (≥4) and low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', notice: '3.0' };

/**
 * A SARIF 2.1.0 log for GitHub code scanning: one descriptor per rule, one result per finding
 * (suppressed findings included, marked as suppressed). Always a valid document, even with no results.
 */
export function toSarif(
  result: LintResult,
  rules: readonly RuleMeta[],
  tool: SarifTool,
  options: SarifOptions = {},
): SarifLog {
  const mask = options.mask ?? noMask;
  const descriptors = ruleDescriptors(rules, [...result.findings, ...result.suppressed.map((s) => s.finding)], tool);
  const indexById = new Map(descriptors.map((rule, index) => [rule.id, index]));
  const fingerprints = new FingerprintCounter(options.sources, mask);

  const entries: { finding: Finding; suppressed?: SuppressedFinding }[] = [
    ...result.findings.map((finding) => ({ finding })),
    ...result.suppressed.map((suppressed) => ({ finding: suppressed.finding, suppressed })),
  ];
  // Fingerprint occurrence indexes follow file order, whatever the suppression state.
  entries.sort((a, b) => compareFindings(a.finding, b.finding));

  const results = entries.map(({ finding, suppressed }) => {
    const sarifResult: SarifResult = {
      ruleId: finding.ruleId,
      ruleIndex: indexById.get(finding.ruleId) ?? 0,
      level: LEVEL[finding.severity],
      message: { text: messageText(finding, mask) },
      locations: [location(finding.file, finding, mask)],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.next(finding) },
    };
    if (finding.related && finding.related.length > 0) {
      sarifResult.relatedLocations = finding.related.map((related, index) => ({
        id: index + 1,
        ...location(related.file, spanRegion(related.span), mask),
        message: { text: sentence(oneLine(mask(related.message))) },
      }));
    }
    if (suppressed) sarifResult.suppressions = [suppression(suppressed, mask)];
    return sarifResult;
  });

  const run: SarifRun = {
    tool: {
      driver: {
        name: tool.name,
        version: tool.version,
        semanticVersion: tool.version,
        informationUri: tool.informationUri,
        rules: descriptors,
      },
    },
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (options.srcRoot !== undefined) run.originalUriBaseIds = { [SRCROOT]: { uri: options.srcRoot } };
  limitResults(run, options.maxResults ?? MAX_SARIF_RESULTS);
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

const LEVEL_RANK: Record<SarifResult['level'], number> = { error: 0, warning: 1, note: 2 };

/**
 * Keeps the `max` most severe results (errors, then warnings, then notes; file order within a level),
 * in file order, and records how many were left out where code scanning shows it: a tool notification,
 * and `properties.omittedResults`.
 */
function limitResults(run: SarifRun, max: number): void {
  const omitted = run.results.length - max;
  if (omitted <= 0) return;
  const order = run.results.map((result, index) => ({ result, index }));
  order.sort((a, b) => LEVEL_RANK[a.result.level] - LEVEL_RANK[b.result.level] || a.index - b.index);
  const kept = new Set(order.slice(0, max).map((entry) => entry.index));
  run.results = run.results.filter((_result, index) => kept.has(index));
  run.properties = { omittedResults: omitted };
  run.invocations = [
    {
      executionSuccessful: true,
      toolExecutionNotifications: [{ level: 'warning', message: { text: omittedResultsText(omitted, max) } }],
    },
  ];
}

/** The sentence the run and the log carry when results were left out. */
export function omittedResultsText(omitted: number, kept: number): string {
  return `${omitted.toLocaleString('en-US')} result(s) were left out of this SARIF run: GitHub code scanning accepts at most 25,000 results per run and 10 MB gzipped, so only the ${kept.toLocaleString('en-US')} most severe are included. The findings file and the text report list all of them.`;
}

/** How many results a run left out (0 when none). */
export function omittedResults(log: SarifLog): number {
  return log.runs.reduce((total, run) => total + (run.properties?.omittedResults ?? 0), 0);
}

/** The descriptors of every given rule, in the given order, plus a plain one for any rule id a finding names that is not among them. */
function ruleDescriptors(rules: readonly RuleMeta[], findings: readonly Finding[], tool: SarifTool): SarifRule[] {
  const seen = new Set<string>();
  const descriptors: SarifRule[] = [];
  for (const rule of rules) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    descriptors.push(ruleDescriptor(rule, tool));
  }
  for (const finding of findings) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    descriptors.push(ruleDescriptor(unknownRule(finding), tool));
  }
  return descriptors;
}

function unknownRule(finding: Finding): RuleMeta {
  return {
    id: finding.ruleId,
    alias: finding.ruleId.toLowerCase(),
    description: `Findings reported under ${finding.ruleId}.`,
    severity: finding.severity,
    tags: [],
    versions: 'all',
    messages: {},
  };
}

function ruleDescriptor(rule: RuleMeta, tool: SarifTool): SarifRule {
  const helpUri = ruleDocUrl(rule.id, tool.docsBaseUrl);
  const short = sentence(rule.description);
  const full = `${short} Applies to Airflow versions: ${rule.versions}.`;
  const descriptor: SarifRule = {
    id: rule.id,
    name: rule.alias,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: {
      text: `${full} Documentation: ${helpUri}`,
      markdown: `**${rule.id} (${rule.alias})**: ${full}\n\nSee [${rule.id}](${helpUri}) for why it matters, how to fix it and examples.`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [...rule.tags], precision: 'high' },
  };
  if (rule.tags.includes('security')) descriptor.properties['security-severity'] = SECURITY_SEVERITY[rule.severity];
  return descriptor;
}

function messageText(finding: Finding, mask: Mask): string {
  const message = sentence(oneLine(mask(finding.message)));
  return finding.fix ? `${message} ${sentence(oneLine(mask(finding.fix)))}` : message;
}

/** SARIF viewers (and the Multitool) expect messages to be sentences ending with a period. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function location(file: string, range: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>, mask: Mask): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: artifactUri(mask(file)), uriBaseId: SRCROOT },
      region: region(range),
    },
  };
}

function spanRegion(span: { start: { line: number; column: number }; end: { line: number; column: number } }) {
  return { line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column };
}

/** A relative URI: `/` separators, no leading `./`, each segment percent-encoded. */
function artifactUri(file: string): string {
  const relative = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  return relative.split('/').map(encodeURIComponent).join('/');
}

function region(range: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): SarifRegion {
  const startLine = Math.max(1, range.line);
  const startColumn = Math.max(1, range.column);
  const endLine = Math.max(startLine, range.endLine);
  let endColumn = Math.max(1, range.endColumn);
  // An empty span on one line still needs a region SARIF accepts: one character wide.
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  return { startLine, startColumn, endLine, endColumn };
}

function suppression(entry: SuppressedFinding, mask: Mask): NonNullable<SarifResult['suppressions']>[number] {
  const kind = entry.kind === 'disable' || entry.kind === 'baseline' ? 'external' : 'inSource';
  const justification = entry.reason ?? (entry.kind === 'disable' ? 'Disabled by the disable option.' : undefined);
  return justification === undefined ? { kind } : { kind, justification: mask(justification) };
}

/**
 * Fingerprints that survive unrelated edits: a hash of the rule id, the file and the normalized text
 * of the flagged line(s) — not the line number — plus the occurrence index among identical ones.
 */
class FingerprintCounter {
  private readonly occurrences = new Map<string, number>();

  constructor(
    private readonly sources: ReadonlyMap<string, readonly string[]> | undefined,
    private readonly mask: Mask,
  ) {}

  next(finding: Finding): string {
    const text = this.flaggedText(finding);
    const hash = createHash('sha256').update(`${finding.ruleId}\0${finding.file}\0${text}`).digest('hex').slice(0, 32);
    const occurrence = (this.occurrences.get(hash) ?? 0) + 1;
    this.occurrences.set(hash, occurrence);
    return `${hash}:${occurrence}`;
  }

  private flaggedText(finding: Finding): string {
    return flaggedText(finding, this.sources?.get(finding.file), this.mask);
  }
}

