import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { applySuppressions, parseSuppressions, resolveRuleList, SUPPRESSION_RULES } from '../../src/suppress/index.js';

const RULES: Record<string, string> = {
  APF101: 'APF101',
  'sqlite-executor': 'APF101',
  APF102: 'APF102',
  'sequential-executor': 'APF102',
  APF103: 'APF103',
  APF901: 'APF901',
  APF902: 'APF902',
  APF903: 'APF903',
  'unused-suppression': 'APF903',
};
const resolveRule = (ref: string): string | undefined => RULES[ref] ?? RULES[ref.toUpperCase()];

const FILE = 'airflow.cfg';
const CFG = [
  /* 1 */ '# Production configuration.',
  /* 2 */ '# airflow-preflight: disable-file=APF103 -- generated defaults, reviewed in PLAT-12',
  /* 3 */ '',
  /* 4 */ '[core]',
  /* 5 */ '# airflow-preflight: disable=sqlite-executor,APF102 -- local development image only',
  /* 6 */ 'executor = SequentialExecutor',
  /* 7 */ '; airflow-preflight: disable=APF101',
  /* 8 */ 'sql_alchemy_conn = sqlite:////tmp/airflow.db',
  /* 9 */ '# airflow-preflight: disable=APF101 -- JSON reviewed',
  /* 10 */ 'extra = {',
  /* 11 */ '    "a": 1,',
  /* 12 */ '',
  /* 13 */ '    "b": 2',
  /* 14 */ '  }',
  /* 15 */ 'parallelism = 32',
  /* 16 */ '# airflow-preflight: disable=no-such-rule -- typo',
  /* 17 */ 'dag_concurrency = 4',
  /* 18 */ '# airflow-preflight: disable-file=APF102 -- too late',
  /* 19 */ '# airflow-preflight: enable=APF101',
];

function at(ruleId: string, line: number, file = FILE): Finding {
  return { file, ruleId, severity: 'error', line, column: 1, endLine: line, endColumn: 5, message: `${ruleId} on ${line}` };
}

describe('parseSuppressions', () => {
  it('reads inline and file-wide comments with rule positions, reasons and covered lines', () => {
    const parsed = parseSuppressions(FILE, CFG);
    expect(parsed.map((s) => [s.line, s.kind, s.rules.map((r) => r.ref), s.reason, s.covers, s.problem])).toEqual([
      [2, 'file', ['APF103'], 'generated defaults, reviewed in PLAT-12', undefined, undefined],
      [5, 'inline', ['sqlite-executor', 'APF102'], 'local development image only', { from: 6, to: 6 }, undefined],
      [7, 'inline', ['APF101'], undefined, { from: 8, to: 8 }, undefined],
      [9, 'inline', ['APF101'], 'JSON reviewed', { from: 10, to: 14 }, undefined],
      [16, 'inline', ['no-such-rule'], 'typo', { from: 17, to: 17 }, undefined],
      [18, 'file', ['APF102'], 'too late', undefined, 'misplaced'],
      [19, 'inline', [], undefined, undefined, 'malformed'],
    ]);
    expect(parsed[1]!.rules).toEqual([
      { ref: 'sqlite-executor', column: 30, endColumn: 45 },
      { ref: 'APF102', column: 46, endColumn: 52 },
    ]);
  });

  it('skips stacked comments to reach the line, and covers nothing across a blank line', () => {
    const lines = ['[core]', '# airflow-preflight: disable=APF101 -- a', '# airflow-preflight: disable=APF102 -- b', 'x = 1', '# airflow-preflight: disable=APF101 -- c', '', 'y = 2'];
    expect(parseSuppressions(FILE, lines).map((s) => s.covers)).toEqual([{ from: 4, to: 4 }, { from: 4, to: 4 }, undefined]);
  });

  it('does not extend over indented lines when multi-line values are off (YAML)', () => {
    const lines = ['services:', '  # airflow-preflight: disable=APF101 -- a', '  webserver:', '    image: x'];
    expect(parseSuppressions('compose.yaml', lines, { multiLineValues: false })[0]!.covers).toEqual({ from: 3, to: 3 });
  });
});

describe('applySuppressions', () => {
  const suppressions = parseSuppressions(FILE, CFG);
  const findings = [at('APF102', 6), at('APF101', 8), at('APF101', 13), at('APF103', 15), at('APF101', 15), at('APF101', 17), at('APF101', 1, 'other.cfg')];

  it('suppresses inline (by id or alias, multi-line values) and file-wide, and reports the rest', () => {
    const { reported, suppressed } = applySuppressions(findings, suppressions, { disable: [], strictSuppressions: false, resolveRule });
    expect(suppressed.map((s) => [s.finding.ruleId, s.finding.line, s.kind, s.reason, s.line])).toEqual([
      ['APF102', 6, 'inline', 'local development image only', 5],
      ['APF101', 8, 'inline', undefined, 7],
      ['APF101', 13, 'inline', 'JSON reviewed', 9],
      ['APF103', 15, 'file', 'generated defaults, reviewed in PLAT-12', 2],
    ]);
    expect(reported.filter((f) => !f.ruleId.startsWith('APF90')).map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'airflow.cfg:15 APF101',
      'airflow.cfg:17 APF101',
      'other.cfg:1 APF101',
    ]);
  });

  it('reports missing reasons, unknown rules, malformed, misplaced and unused suppressions', () => {
    const { suppressionFindings, reported } = applySuppressions(findings, suppressions, { disable: [], strictSuppressions: false, resolveRule });
    expect(suppressionFindings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.ruleId} ${f.severity} ${f.message}`)).toEqual([
      '5:30-45 APF903 notice The suppression of sqlite-executor is unused: there is no sqlite-executor finding on line 6.',
      '7:1-36 APF901 warning The suppression of APF101 gives no reason; add one after "--".',
      '16:30-42 APF902 warning "no-such-rule" is not a rule id or alias, so this suppression does not suppress it.',
      '18:1-53 APF903 notice disable-file works only in the comment block at the top of the file; move it there, or use disable= above the line.',
      '19:1-35 APF902 warning This airflow-preflight comment is not a valid suppression; write "# airflow-preflight: disable=RULE[,RULE] -- reason" or "disable-file=…".',
    ]);
    expect(reported).toEqual(expect.arrayContaining(suppressionFindings));
  });

  it('drops disabled rules everywhere, counted as suppressed, including findings about comments', () => {
    const { reported, suppressed } = applySuppressions(findings, suppressions, {
      disable: ['sqlite-executor', 'unused-suppression'],
      strictSuppressions: false,
      resolveRule,
    });
    expect(reported.map((f) => f.ruleId)).toEqual(['APF901', 'APF902', 'APF902']);
    const disabled = suppressed.filter((s) => s.kind === 'disable').map((s) => `${s.finding.file}:${s.finding.line} ${s.finding.ruleId}`);
    expect(disabled).toEqual([
      'airflow.cfg:8 APF101', 'airflow.cfg:13 APF101', 'airflow.cfg:15 APF101', 'airflow.cfg:17 APF101', 'other.cfg:1 APF101',
      'airflow.cfg:5 APF903', 'airflow.cfg:18 APF903',
    ]);
  });

  it('with strict suppressions ignores every comment and reports all findings', () => {
    const { reported, suppressed, suppressionFindings } = applySuppressions(findings, suppressions, {
      disable: ['APF103'],
      strictSuppressions: true,
      resolveRule,
    });
    expect(reported.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['6 APF102', '8 APF101', '13 APF101', '15 APF101', '17 APF101', '1 APF101']);
    expect(suppressed.map((s) => [s.finding.ruleId, s.kind])).toEqual([['APF103', 'disable']]);
    expect(suppressionFindings).toEqual([]);
  });

  it('reports a suppression that applies to no line', () => {
    const lines = ['[core]', 'x = 1', '# airflow-preflight: disable=APF101 -- trailing'];
    const { suppressionFindings } = applySuppressions([], parseSuppressions(FILE, lines), { disable: [], strictSuppressions: false, resolveRule });
    expect(suppressionFindings.map((f) => f.message)).toEqual([
      'This suppression applies to no line; put it directly above the line it is for.',
    ]);
  });
});

describe('resolveRuleList and rule metadata', () => {
  it('resolves ids and aliases and returns unknown references', () => {
    expect(resolveRuleList(['APF101', ' sequential-executor ', 'sqlite-executor', 'nope', ''], resolveRule)).toEqual({
      ids: ['APF101', 'APF102'],
      unknown: ['nope'],
    });
  });

  it('exports APF901–APF903 tagged as suppression rules', () => {
    expect(SUPPRESSION_RULES.map((r) => [r.id, r.alias, r.severity, r.tags])).toEqual([
      ['APF901', 'suppression-without-reason', 'warning', ['suppression']],
      ['APF902', 'unknown-rule-in-suppression', 'warning', ['suppression']],
      ['APF903', 'unused-suppression', 'notice', ['suppression']],
    ]);
  });
});
