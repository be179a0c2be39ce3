import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/text.js';
import { SAMPLE_FINDINGS, SAMPLE_SUPPRESSED, SAMPLE_VERIFY, lintResult, mask } from './fixtures.js';

describe('formatText', () => {
  it('groups by file, aligns columns in file:line:col form, ends with target and summary lines', () => {
    const text = formatText(lintResult(SAMPLE_FINDINGS, SAMPLE_SUPPRESSED), { color: false, quiet: false, mask });
    expect(text).toBe(
      [
        '.env (1 warning)',
        '.env:3:12                 warning  fernet_key is committed: ***.  APF910',
        '',
        'config/airflow.cfg (1 error, 1 notice)',
        'config/airflow.cfg:12:1   error    SQLite cannot be used with the CeleryExecutor.               APF900',
        '  fix: Point sql_alchemy_conn at Postgres or MySQL.',
        'config/airflow.cfg:40:19  notice   The value of dag_concurrency includes the comment "# four".  APF920',
        '',
        'Target Airflow 2.10 (checked against 2.10.5): detected from Dockerfile:1 (FROM apache/airflow:2.10.4)',
        '1 error, 1 warning, 1 notice (2 suppressed)',
        '',
      ].join('\n'),
    );
  });

  it('with quiet lists errors only and keeps the full summary line', () => {
    const text = formatText(lintResult(SAMPLE_FINDINGS, SAMPLE_SUPPRESSED), { color: false, quiet: true, mask });
    expect(text).toBe(
      [
        'config/airflow.cfg (1 error)',
        'config/airflow.cfg:12:1  error    SQLite cannot be used with the CeleryExecutor.  APF900',
        '  fix: Point sql_alchemy_conn at Postgres or MySQL.',
        '',
        '1 error, 1 warning, 1 notice (2 suppressed)',
        '',
      ].join('\n'),
    );
  });

  it('says when there is nothing to report and shows verify results, masked', () => {
    const text = formatText(lintResult([], [], { verify: SAMPLE_VERIFY }), { color: false, quiet: false, mask });
    expect(text).toBe(
      [
        'No problems found.',
        '',
        'Target Airflow 2.10 (checked against 2.10.5): detected from Dockerfile:1 (FROM apache/airflow:2.10.4)',
        'Verify (testcontainers, Airflow 2.10.5, airflow db migrate): failed',
        '  tables: 2 found, 3 expected, missing task_instance',
        '  migration head: 22ed7efa9da2 (expected 5f2621c13b39)',
        '  ok   connect: connected to postgresql://airflow:***@db/airflow',
        '  FAIL migration head: head 22ed7efa9da2 is not 5f2621c13b39 | stale',
        '  sqlalchemy.exc.OperationalError: password *** rejected',
        '0 errors, 0 warnings, 0 notices (0 suppressed)',
        '',
      ].join('\n'),
    );
  });

  it('colours severities when asked, keeping the columns aligned', () => {
    const text = formatText(lintResult(SAMPLE_FINDINGS), { color: true, quiet: false, mask });
    expect(text).toContain('\u001b[31merror  \u001b[39m');
    expect(text).toContain('\u001b[33mwarning\u001b[39m');
    // Without the escape codes the text is the plain report.
    const plain = formatText(lintResult(SAMPLE_FINDINGS), { color: false, quiet: false, mask });
    expect(text.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('prints a target notice and keeps multi-line messages on one line', () => {
    const result = lintResult([{ ...SAMPLE_FINDINGS[0]!, message: 'first\nsecond', fix: undefined }], [], {
      target: { requested: '2.12', knowledgeVersion: '2.11.2', how: 'input', reason: 'from the airflow-version input', notice: 'No knowledge for 2.12; using 2.11.2.' },
    });
    expect(formatText(result, { color: false, quiet: false })).toBe(
      [
        'config/airflow.cfg (1 error)',
        'config/airflow.cfg:12:1  error    first second  APF900',
        '',
        'Target Airflow 2.12 (checked against 2.11.2): from the airflow-version input',
        'No knowledge for 2.12; using 2.11.2.',
        '1 error, 0 warnings, 0 notices (0 suppressed)',
        '',
      ].join('\n'),
    );
  });
});
