// Lints fixture text with real generated knowledge, and reads expectations written next to the
// lines they concern:  `# expect: APF101` (or `# expect: APF101 warning`) on the line(s) just above.
import { lint, type LintOutput, type SourceText } from '../../src/engine/lint.js';
import type { EnvEntry } from '../../src/config/effective.js';
import type { Finding } from '../../src/findings.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { Rule } from '../../src/rules/types.js';
import { resolveTarget } from '../../src/version/resolve.js';

export interface LintTextOptions {
  version?: string;
  path?: string;
  env?: EnvEntry[];
  rules?: readonly Rule[];
  disable?: string[];
  strictSuppressions?: boolean;
  extraFiles?: SourceText[];
}

export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintOutput> {
  const target = resolveTarget(options.version ?? '2.10', undefined);
  const knowledge = await loadKnowledge(target.knowledgeVersion);
  return lint({
    cfgFiles: [{ path: options.path ?? 'airflow.cfg', text }, ...(options.extraFiles ?? [])],
    env: options.env ?? [],
    knowledge,
    target,
    rules: options.rules,
    disable: options.disable,
    strictSuppressions: options.strictSuppressions,
  });
}

export interface Expectation {
  line: number;
  ruleId: string;
  severity?: string;
}

const EXPECT = /^\s*[#;]\s*expect:\s*(APF\d{3})(?:\s+(error|warning|notice))?\s*$/;

/** `# expect:` comments apply to the next line that is not itself an expect comment. */
export function expectationsOf(text: string): Expectation[] {
  const lines = text.split(/\r\n|\r|\n/);
  const expectations: Expectation[] = [];
  let pending: Omit<Expectation, 'line'>[] = [];
  lines.forEach((line, index) => {
    const match = EXPECT.exec(line);
    if (match) {
      pending.push({ ruleId: match[1] ?? '', ...(match[2] ? { severity: match[2] } : {}) });
      return;
    }
    for (const expectation of pending) expectations.push({ line: index + 1, ...expectation });
    pending = [];
  });
  return expectations;
}

/** The findings of the given rules, in the shape of expectations, for `toEqual` comparisons. */
export function asExpectations(findings: readonly Finding[], ruleIds: readonly string[], withSeverity = false): Expectation[] {
  return findings
    .filter((finding) => ruleIds.includes(finding.ruleId))
    .map((finding) => ({ line: finding.line, ruleId: finding.ruleId, ...(withSeverity ? { severity: finding.severity } : {}) }))
    .sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
