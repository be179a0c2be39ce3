import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings.js';
import {
  annotationMessage,
  annotationProperties,
  omittedAnnotationsText,
  planAnnotations,
  toAnnotation,
} from '../../src/report/annotations.js';
import { finding, mask } from './fixtures.js';

/** 40 findings in one file: 15 errors, 15 warnings, 10 notices, interleaved. */
function forty(): Finding[] {
  const severities: Severity[] = ['warning', 'error', 'notice', 'error', 'warning'];
  const findings: Finding[] = [];
  const left: Record<Severity, number> = { error: 15, warning: 15, notice: 10 };
  for (let line = 1; findings.length < 40; line += 1) {
    const severity = severities[line % severities.length]!;
    if (left[severity] === 0) continue;
    left[severity] -= 1;
    findings.push(finding('APF900', severity, line, `finding on line ${line}`));
  }
  return findings;
}

describe('planAnnotations', () => {
  it('keeps 10 of each severity and counts the rest as omitted', () => {
    const plan = planAnnotations(forty());
    const bySeverity = (s: Severity) => plan.annotate.filter((f) => f.severity === s).length;
    expect([bySeverity('error'), bySeverity('warning'), bySeverity('notice')]).toEqual([10, 10, 10]);
    expect(plan.omitted).toEqual({ error: 5, warning: 5, notice: 0 });
  });

  it('annotates errors first, each severity in file order, earliest lines kept', () => {
    const plan = planAnnotations(forty());
    const severities = plan.annotate.map((f) => f.severity);
    expect(severities.indexOf('warning')).toBe(10);
    expect(severities.indexOf('notice')).toBe(20);
    const errorLines = plan.annotate.filter((f) => f.severity === 'error').map((f) => f.line);
    const allErrorLines = forty().filter((f) => f.severity === 'error').map((f) => f.line);
    expect(errorLines).toEqual(allErrorLines.slice(0, 10));
  });

  it('leaves one error slot for core.setFailed when the run will fail', () => {
    const plan = planAnnotations(forty(), { perSeverity: 10, reserveFailureSlot: true });
    expect(plan.annotate.filter((f) => f.severity === 'error')).toHaveLength(9);
    expect(plan.omitted).toEqual({ error: 6, warning: 5, notice: 0 });
  });

  it('omits nothing under the limit', () => {
    expect(planAnnotations([finding('APF900', 'error', 1, 'x')]).omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });
});

describe('annotationProperties', () => {
  it('gives the rule id and alias as the title and an inclusive single-line column range', () => {
    const f = finding('APF900', 'error', 12, 'msg', { column: 5, endColumn: 9 });
    expect(annotationProperties(f, 'fake-sqlite-executor')).toEqual({
      title: 'APF900 (fake-sqlite-executor)',
      file: 'config/airflow.cfg',
      startLine: 12,
      endLine: 12,
      startColumn: 5,
      endColumn: 8,
    });
  });

  it('leaves out columns for a span over several lines', () => {
    const f = finding('APF900', 'error', 12, 'msg', { endLine: 14, column: 5, endColumn: 2 });
    expect(annotationProperties(f)).toEqual({ title: 'APF900', file: 'config/airflow.cfg', startLine: 12, endLine: 14 });
  });
});

describe('annotationMessage', () => {
  it('adds the fix on its own line and masks secrets', () => {
    const f = finding('APF910', 'error', 1, 'Key s3cr3t-value is committed.', { fix: 'Move it to a secret.' });
    expect(annotationMessage(f, mask)).toBe('Key *** is committed.\nFix: Move it to a secret.');
    expect(toAnnotation(f, 'committed-secret', mask).severity).toBe('error');
  });

  it('cuts a long message at 4,096 characters', () => {
    const text = annotationMessage(finding('APF900', 'error', 1, 'x'.repeat(5000)));
    expect(text).toHaveLength(4096);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('omittedAnnotationsText', () => {
  it('names the counts and where to see every finding', () => {
    expect(omittedAnnotationsText({ error: 6, warning: 5, notice: 0 }, { total: 40, findingsFile: 'airflow-preflight.json' })).toBe(
      '6 errors and 5 warnings were not annotated (GitHub shows at most 10 annotations of each severity per step); ' +
        'all 40 findings are listed in the job summary and in airflow-preflight.json.',
    );
    expect(omittedAnnotationsText({ error: 0, warning: 0, notice: 1 }, { total: 31 })).toBe(
      '1 notice was not annotated (GitHub shows at most 10 annotations of each severity per step); all 31 findings are listed in the job summary.',
    );
  });

  it('says nothing when every finding was annotated', () => {
    expect(omittedAnnotationsText({ error: 0, warning: 0, notice: 0 }, { total: 3 })).toBeUndefined();
  });
});
