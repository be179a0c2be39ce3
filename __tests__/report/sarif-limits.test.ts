// GitHub code scanning refuses a run of more than 25,000 results (and uploads over 10 MB gzipped): the
// SARIF keeps the most severe results and says how many it left out.
import { describe, expect, it } from 'vitest';
import { buildSarif } from '../../src/app/sarif.js';
import { DOCS_BASE_URL } from '../../src/report/docs-url.js';
import { MAX_SARIF_RESULTS, omittedResults, toSarif } from '../../src/report/sarif.js';
import { FAKE_RULES, finding, lintResult } from './fixtures.js';

const TOOL = { name: 'airflow-preflight', version: '0.1.0', informationUri: 'https://github.com/airflow-preflight/airflow-preflight', docsBaseUrl: DOCS_BASE_URL };

describe('SARIF within GitHub upload limits', () => {
  it('keeps the most severe results in file order and says how many were left out', () => {
    const findings = [
      finding('APF920', 'notice', 1, 'a note'),
      finding('APF901', 'warning', 2, 'a warning'),
      finding('APF900', 'error', 3, 'an error'),
      finding('APF920', 'notice', 4, 'another note'),
      finding('APF910', 'error', 5, 'another error'),
    ];
    const log = toSarif(lintResult(findings), FAKE_RULES, TOOL, { maxResults: 3 });
    const run = log.runs[0];
    expect(run?.results.map((result) => [result.level, result.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ['warning', 2],
      ['error', 3],
      ['error', 5],
    ]);
    expect(run?.properties).toEqual({ omittedResults: 2 });
    expect(run?.invocations?.[0]?.toolExecutionNotifications[0]?.message.text).toMatch(
      /^2 result\(s\) were left out of this SARIF run: GitHub code scanning accepts at most 25,000 results per run and 10 MB gzipped, so only the 3 most severe are included\./,
    );
    expect(omittedResults(log)).toBe(2);
  });

  it('leaves a run within the limit as it is', () => {
    const log = toSarif(lintResult([finding('APF900', 'error', 3, 'an error')]), FAKE_RULES, TOOL);
    expect(log.runs[0]?.properties).toBeUndefined();
    expect(log.runs[0]?.invocations).toBeUndefined();
  });

  it('cuts 30,000 findings to 25,000 results', () => {
    const findings = Array.from({ length: 30_000 }, (_, i) => finding('APF920', i % 10 === 0 ? 'warning' : 'notice', i + 1, `finding ${i}`));
    const log = buildSarif(lintResult(findings), [], (text) => text);
    expect(log.runs[0]?.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(log.runs[0]?.results.filter((result) => result.level === 'warning')).toHaveLength(3_000);
    expect(omittedResults(log)).toBe(5_000);
  });
});
