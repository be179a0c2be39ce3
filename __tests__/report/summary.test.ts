import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { DOCS_BASE_URL } from '../../src/report/docs-url.js';
import { buildSummary, escapeMarkdown } from '../../src/report/summary.js';
import { SAMPLE_FINDINGS, SAMPLE_SUPPRESSED, SAMPLE_VERIFY, finding, lintResult, mask } from './fixtures.js';

const DOCS = 'https://example.test/docs/rules/';

describe('buildSummary', () => {
  it('writes counts, target, one table per file and the output files', () => {
    const summary = buildSummary(lintResult(SAMPLE_FINDINGS, SAMPLE_SUPPRESSED), {
      docsBaseUrl: DOCS,
      mask,
      findingsFile: 'airflow-preflight.json',
      sarifFile: 'airflow-preflight.sarif',
    });
    expect(summary).toBe(
      [
        '## airflow-preflight',
        '',
        '**1 error, 1 warning, 1 notice** (2 suppressed) in 2 files.',
        '',
        'Target: **Airflow 2.10 (checked against 2.10.5)**, detected from Dockerfile:1 (FROM apache/airflow:2.10.4).',
        '',
        '### `.env`: 1 warning',
        '',
        '| Rule | Line | Severity | Message |',
        '| --- | ---: | --- | --- |',
        '| [APF910](https://example.test/docs/rules/APF910.md) | 3 | warning | fernet\\_key is committed: \\*\\*\\*. |',
        '',
        '### `config/airflow.cfg`: 1 error, 1 notice (2 suppressed)',
        '',
        '| Rule | Line | Severity | Message |',
        '| --- | ---: | --- | --- |',
        '| [APF900](https://example.test/docs/rules/APF900.md) | 12 | error | SQLite cannot be used with the CeleryExecutor.<br>Fix: Point sql\\_alchemy\\_conn at Postgres or MySQL. |',
        '| [APF920](https://example.test/docs/rules/APF920.md) | 40 | notice | The value of dag\\_concurrency includes the comment "\\# four". |',
        '',
        'Full results: `airflow-preflight.json` (JSON), `airflow-preflight.sarif` (SARIF).',
        '',
      ].join('\n'),
    );
  });

  it('lists files without findings and says so when nothing was found', () => {
    const result = lintResult([]);
    result.files.push({ file: 'airflow.cfg', kind: 'cfg', findings: [], suppressed: [] });
    const summary = buildSummary(result, { docsBaseUrl: DOCS });
    expect(summary).toContain('**0 errors, 0 warnings, 0 notices** (0 suppressed) in 1 file.');
    expect(summary).toContain('No findings in `airflow.cfg`.');
    expect(summary).not.toContain('| Rule |');
  });

  it('shows verify results: tables, head, each check, timings and masked error lines', () => {
    const summary = buildSummary(lintResult([], [], { verify: SAMPLE_VERIFY }), { docsBaseUrl: DOCS, mask });
    expect(summary).toContain('### Metastore verification: failed');
    expect(summary).toContain('Provider `testcontainers`, Airflow 2.10.5, created with `airflow db migrate`.');
    expect(summary).toContain('| 3 | 2 | `task_instance` | `22ed7efa9da2` | `5f2621c13b39` |');
    expect(summary).toContain('| connect | passed | connected to postgresql\\://airflow:\\*\\*\\*\\@db/airflow |');
    expect(summary).toContain(
      '| migration head | **failed** | head 22ed7efa9da2 is not 5f2621c13b39 \\| stale ([APF900](https://example.test/docs/rules/APF900.md)) |',
    );
    expect(summary).toContain('Timings: start 1.2 s, migrate 15.5 s.');
    expect(summary).toContain('```text\nsqlalchemy.exc.OperationalError: password *** rejected\n```');
    expect(summary).not.toContain('s3cr3t-value');
  });

  it('lists all 40 findings of one file and notes those that were not annotated', () => {
    const severities: Severity[] = ['error', 'warning', 'notice', 'error'];
    const findings: Finding[] = Array.from({ length: 40 }, (_, i) => finding('APF900', severities[i % 4]!, i + 1, `problem ${i + 1}`));
    const result = lintResult(findings);
    const plan = planAnnotations(result.findings, { perSeverity: 10, reserveFailureSlot: true });
    const summary = buildSummary(result, { docsBaseUrl: DOCS, omitted: plan.omitted });
    expect(summary.match(/^\| \[APF900\]/gm)).toHaveLength(40);
    expect(summary).toContain(
      '> [!NOTE]\n> 11 errors were not annotated (GitHub shows at most 10 annotations of each severity per step). Every finding is listed below.',
    );
  });

  it('cuts the tables with a note to stay under the size limit', () => {
    const findings = Array.from({ length: 500 }, (_, i) => finding('APF900', 'error', i + 1, `problem ${'x'.repeat(200)}`));
    const summary = buildSummary(lintResult(findings), { docsBaseUrl: DOCS, maxBytes: 20_000, findingsFile: 'out.json' });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(20_000);
    const rows = summary.match(/^\| \[APF900\]/gm)?.length ?? 0;
    expect(rows).toBeGreaterThan(10);
    expect(summary).toContain(
      `> [!WARNING]\n> The tables stop after ${rows} of 500 findings to stay within GitHub's 1 MiB summary limit. \`out.json\` lists them all.`,
    );
    expect(summary.endsWith('Full results: `out.json` (JSON).\n')).toBe(true);
  });

  it('keeps the default summary for 20,000 findings under 1 MiB', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => finding('APF900', 'warning', i + 1, 'y'.repeat(100)));
    const summary = buildSummary(lintResult(findings), { docsBaseUrl: DOCS_BASE_URL });
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
    expect(summary).toContain('The tables stop after');
  });
});

describe('escapeMarkdown', () => {
  it('escapes table pipes, markup and HTML', () => {
    expect(escapeMarkdown('a | b *c* _d_ `e` [f](g) <script> & ~h~ \\')).toBe(
      'a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) &lt;script&gt; &amp; \\~h\\~ \\\\',
    );
  });
});
