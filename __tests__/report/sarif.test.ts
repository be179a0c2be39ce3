import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import { DOCS_BASE_URL } from '../../src/report/docs-url.js';
import { FINGERPRINT_KEY, toSarif } from '../../src/report/sarif.js';
import type { SarifLog } from '../../src/report/sarif.js';
import { applySuppressions, parseSuppressions, SUPPRESSION_RULES } from '../../src/suppress/index.js';
import { validateSarif } from '../helpers/sarif-multitool.js';
import { FAKE_RULES, SAMPLE_FINDINGS, SAMPLE_SUPPRESSED, finding, lintResult, mask } from './fixtures.js';

const TOOL = {
  name: 'airflow-preflight',
  version: '0.1.0',
  informationUri: 'https://github.com/airflow-preflight/airflow-preflight',
  docsBaseUrl: DOCS_BASE_URL,
};

const CFG_LINES = Array.from({ length: 60 }, (_, i) => `option_${i + 1} = value ${i + 1}`);
const SOURCES = new Map([
  ['config/airflow.cfg', CFG_LINES],
  ['.env', ['A=1', 'B=2', 'AIRFLOW__CORE__FERNET_KEY=s3cr3t-value']],
]);

function fingerprint(log: SarifLog, index: number): string | undefined {
  return log.runs[0]?.results[index]?.partialFingerprints[FINGERPRINT_KEY];
}

describe('toSarif', () => {
  it('describes every rule with descriptions, help, helpUri, tags and a default level', () => {
    const log = toSarif(lintResult([]), FAKE_RULES, TOOL);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(['APF900', 'APF901', 'APF910', 'APF920']);
    expect(rules[0]).toEqual({
      id: 'APF900',
      name: 'fake-sqlite-executor',
      shortDescription: { text: 'SQLite metastore with a parallel executor.' },
      fullDescription: { text: 'SQLite metastore with a parallel executor. Applies to Airflow versions: 2.0 and later.' },
      help: {
        text:
          'SQLite metastore with a parallel executor. Applies to Airflow versions: 2.0 and later. ' +
          'Documentation: https://github.com/airflow-preflight/airflow-preflight/blob/main/docs/rules/APF900.md',
        markdown:
          '**APF900 (fake-sqlite-executor)**: SQLite metastore with a parallel executor. Applies to Airflow versions: 2.0 and later.\n\n' +
          'See [APF900](https://github.com/airflow-preflight/airflow-preflight/blob/main/docs/rules/APF900.md) for why it matters, how to fix it and examples.',
      },
      helpUri: 'https://github.com/airflow-preflight/airflow-preflight/blob/main/docs/rules/APF900.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['production'], precision: 'high' },
    });
    expect(rules[2]!.properties['security-severity']).toBe('8.0');
    expect(rules[3]!.defaultConfiguration.level).toBe('note');
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.version).toBe('2.1.0');
  });

  it('writes results with rule index, level, relative location, region and masked messages', () => {
    const log = toSarif(lintResult(SAMPLE_FINDINGS), FAKE_RULES, TOOL, { sources: SOURCES, mask });
    const results = log.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['APF910', 2, 'warning'],
      ['APF900', 0, 'error'],
      ['APF920', 3, 'note'],
    ]);
    expect(results[0]!.message.text).toBe('fernet_key is committed: ***.');
    expect(results[1]!.message.text).toBe(
      'SQLite cannot be used with the CeleryExecutor. Point sql_alchemy_conn at Postgres or MySQL.',
    );
    expect(results[1]!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'config/airflow.cfg', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 46 },
        },
      },
    ]);
    expect(JSON.stringify(log)).not.toContain('s3cr3t-value');
  });

  it('marks suppressed findings as suppressed results with their justification', () => {
    const log = toSarif(lintResult([], SAMPLE_SUPPRESSED), FAKE_RULES, TOOL, { sources: SOURCES });
    expect(log.runs[0]!.results.map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', justification: 'local development only' }],
      [{ kind: 'external', justification: 'Disabled by the disable option.' }],
    ]);
  });

  it('adds a descriptor for a rule id that is not in the list, so ruleIndex stays valid', () => {
    const log = toSarif(lintResult([finding('APF999', 'warning', 2, 'Odd')]), FAKE_RULES, TOOL);
    expect(log.runs[0]!.tool.driver.rules[4]!.id).toBe('APF999');
    expect(log.runs[0]!.results[0]!.ruleIndex).toBe(4);
  });

  describe('partialFingerprints', () => {
    const flagged = finding('APF900', 'error', 12, 'SQLite', { endColumn: 10 });

    it('do not change when unrelated lines are added above the finding', () => {
      const before = toSarif(lintResult([flagged]), FAKE_RULES, TOOL, { sources: SOURCES });
      const shifted = new Map([['config/airflow.cfg', ['# new comment', '', ...CFG_LINES]]]);
      const after = toSarif(lintResult([{ ...flagged, line: 14, endLine: 14 }]), FAKE_RULES, TOOL, {
        sources: shifted,
      });
      expect(fingerprint(after, 0)).toBe(fingerprint(before, 0));
      expect(fingerprint(before, 0)).toMatch(/^[0-9a-f]{32}:1$/);
    });

    it('ignore indentation and spacing changes on the flagged line', () => {
      const spaced = new Map([['config/airflow.cfg', CFG_LINES.map((l, i) => (i === 11 ? `  ${l.replace(' = ', '   =   ')}` : l))]]);
      const a = toSarif(lintResult([flagged]), FAKE_RULES, TOOL, { sources: SOURCES });
      const b = toSarif(lintResult([flagged]), FAKE_RULES, TOOL, { sources: spaced });
      expect(fingerprint(b, 0)).toBe(fingerprint(a, 0));
    });

    it('change when the flagged line itself changes, and number identical lines by occurrence', () => {
      const lines = ['[core]', 'executor = LocalExecutor', '[other]', 'executor = LocalExecutor'];
      const sources = new Map([['config/airflow.cfg', lines]]);
      const two = [flagged, { ...flagged, line: 4, endLine: 4 }].map((f) => ({ ...f, line: f.line === 12 ? 2 : 4, endLine: f.line === 12 ? 2 : 4 }));
      const log = toSarif(lintResult(two), FAKE_RULES, TOOL, { sources });
      const [hash1, n1] = fingerprint(log, 0)!.split(':');
      const [hash2, n2] = fingerprint(log, 1)!.split(':');
      expect(hash1).toBe(hash2);
      expect([n1, n2]).toEqual(['1', '2']);

      const edited = new Map([['config/airflow.cfg', lines.map((l, i) => (i === 1 ? 'executor = CeleryExecutor' : l))]]);
      const changed = toSarif(lintResult(two), FAKE_RULES, TOOL, { sources: edited });
      expect(fingerprint(changed, 0)).not.toBe(fingerprint(log, 0));
    });
  });
});

describe('SARIF Multitool validation (Gh;Sarif rule kinds)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apf-sarif-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const validate = (name: string, log: SarifLog) => validateSarif(dir, name, log);

  const cases: [string, LintResult][] = [
    ['empty', lintResult([])],
    ['findings', lintResult(SAMPLE_FINDINGS)],
    ['suppressed', lintResult(SAMPLE_FINDINGS, SAMPLE_SUPPRESSED)],
    [
      'security-multiline',
      lintResult([
        finding('APF910', 'error', 5, 'Secret in a multi-line value', { line: 5, endLine: 7, column: 3, endColumn: 4 }),
      ]),
    ],
  ];

  it('catches a broken document (the check is not vacuous)', { timeout: 120_000 }, () => {
    const log = toSarif(lintResult(SAMPLE_FINDINGS), FAKE_RULES, TOOL, { sources: SOURCES });
    const broken = structuredClone(log) as unknown as { runs: { results: { locations: { physicalLocation: { region: Record<string, number> } }[] }[] }[] };
    delete broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region['startLine'];
    (broken.runs[0]!.results[1] as { locations?: unknown }).locations = undefined;
    const { errors } = validate('broken', JSON.parse(JSON.stringify(broken)) as SarifLog);
    expect(errors.join('\n')).toContain('SARIF1007'); // a Sarif rule
    expect(errors.join('\n')).toContain('GH1015'); // a GitHub ingestion rule
  });

  it('reports zero errors for the suppression rules and their findings', { timeout: 120_000 }, () => {
    const lines = ['# airflow-preflight: disable=APF900', '[core]', 'x = 1', '# airflow-preflight: disable=nope -- typo', 'y = 2'];
    const suppressions = parseSuppressions('airflow.cfg', lines);
    const resolveRule = (ref: string) => (ref === 'APF900' ? ref : undefined);
    const applied = applySuppressions([], suppressions, { disable: [], strictSuppressions: false, resolveRule });
    expect(applied.reported.map((f) => f.ruleId)).toEqual(['APF901', 'APF903', 'APF902']);
    const log = toSarif(lintResult(applied.reported), [...FAKE_RULES.slice(0, 1), ...SUPPRESSION_RULES], TOOL, {
      sources: new Map([['airflow.cfg', lines]]),
    });
    expect(validate('suppression-rules', log).errors).toEqual([]);
  });

  for (const [name, result] of cases) {
    it(`reports zero errors for ${name}`, { timeout: 120_000 }, () => {
      const log = toSarif(result, FAKE_RULES, TOOL, { sources: SOURCES, mask });
      const { errors } = validate(name, log);
      expect(errors).toEqual([]);
    });
  }
});
