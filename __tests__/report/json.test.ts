import { describe, expect, it } from 'vitest';
import { formatJson, toJson } from '../../src/report/json.js';
import { SAMPLE_FINDINGS, SAMPLE_SUPPRESSED, SAMPLE_VERIFY, lintResult, mask } from './fixtures.js';

describe('toJson', () => {
  it('writes findings with a fixed field order, a summary and suppressed findings, masked', () => {
    const report = toJson(lintResult(SAMPLE_FINDINGS, SAMPLE_SUPPRESSED), { mask });
    expect(Object.keys(report.findings[1]!)).toEqual([
      'file', 'ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'fix',
    ]);
    expect(report.findings[0]).toEqual({
      file: '.env', ruleId: 'APF910', severity: 'warning', line: 3, column: 12, endLine: 3, endColumn: 24,
      message: 'fernet_key is committed: ***.',
    });
    expect(report.summary).toEqual({
      errors: 1, warnings: 1, notices: 1, suppressed: 2, files: 2,
      targetAirflowVersion: '2.10',
      knowledgeVersion: '2.10.5',
      targetReason: 'detected from Dockerfile:1 (FROM apache/airflow:2.10.4)',
    });
    expect(report.suppressed.map((s) => s.suppression)).toEqual([
      { kind: 'inline', reason: 'local development only', file: 'config/airflow.cfg', line: 29 },
      { kind: 'disable', reason: null },
    ]);
    expect(report.suppressed[0]!.ruleId).toBe('APF900');
    expect(report).not.toHaveProperty('verify');
  });

  it('includes verify results with secrets masked', () => {
    const text = formatJson(lintResult([], [], { verify: SAMPLE_VERIFY }), { mask });
    expect(text).not.toContain('s3cr3t-value');
    const parsed = JSON.parse(text) as ReturnType<typeof toJson>;
    expect(parsed.verify?.missingTables).toEqual(['task_instance']);
    expect(parsed.verify?.checks[0]?.detail).toBe('connected to postgresql://airflow:***@db/airflow');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
