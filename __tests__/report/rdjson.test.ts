// --format rdjson, checked against reviewdog's proto (proto/rdf/reviewdog.proto): a DiagnosticResult with
// source, severity and diagnostics; positions 1-based with UTF-8 byte columns and an exclusive end.
import { describe, expect, it } from 'vitest';
import { toRdJson, type RdJson } from '../../src/report/rdjson.js';
import { lintText } from '../helpers/lint.js';
import { splitPythonLines } from '../../src/reader/python-text.js';
import { runCli } from '../helpers/cli.js';

const SOURCE = { name: 'airflow-preflight', url: 'https://example.invalid/apf' };

function assertRdJsonShape(log: RdJson): void {
  expect(Object.keys(log).sort()).toEqual(expect.arrayContaining(['diagnostics', 'source']));
  for (const diagnostic of log.diagnostics) {
    expect(typeof diagnostic.message).toBe('string');
    expect(['ERROR', 'WARNING', 'INFO']).toContain(diagnostic.severity);
    expect(typeof diagnostic.location.path).toBe('string');
    for (const range of [diagnostic.location.range, ...(diagnostic.suggestions ?? []).map((s) => s.range)]) {
      for (const position of [range.start, range.end]) {
        expect(Number.isInteger(position.line) && position.line >= 1).toBe(true);
        expect(Number.isInteger(position.column) && position.column >= 1).toBe(true);
      }
    }
    expect(diagnostic.code.value).toMatch(/^APF\d{3}$/);
    expect(diagnostic.code.url).toMatch(/\/APF\d{3}\.md$/);
  }
}

describe('toRdJson', () => {
  it('maps severities and counts columns in UTF-8 bytes', async () => {
    const text = '[core]\n# Größe: ünïcode before the value\nhostname_callable = socket.getfqdn  # ä comment\n[database]\nsql_alchemy_conn = sqlite:////tmp/ä.db\n';
    const result = await lintText(text);
    const log = toRdJson(result, { source: SOURCE, docsBaseUrl: 'https://d/', lines: new Map([['airflow.cfg', splitPythonLines(text)]]) });
    assertRdJsonShape(log);
    expect(log.source).toEqual(SOURCE);
    expect(log.severity).toBe('ERROR');
    const inline = log.diagnostics.find((d) => d.code.value === 'APF003');
    // `# ä comment` starts at column 37 (all ASCII before it, so bytes and UTF-16 agree); the line ends at
    // UTF-16 column 48 (exclusive), one byte later in UTF-8 because `ä` takes two.
    expect(result.findings.find((f) => f.ruleId === 'APF003')?.endColumn).toBe(48);
    expect(inline?.location.range).toEqual({ start: { line: 3, column: 37 }, end: { line: 3, column: 49 } });
    expect(inline?.severity).toBe('WARNING');
    const sqlite = log.diagnostics.find((d) => d.code.value === 'APF110');
    expect(sqlite?.severity).toBe('ERROR');
    expect(sqlite?.message).toContain('Fix: Use PostgreSQL');
  });
});

describe('suggestions', () => {
  it('carries the fix of a fixable finding as a suggestion, and leaves out one that would quote a secret', async () => {
    const text = '[database]\nsql_alchemy_conn = postgres://airflow:Sup3rS3cret@db/airflow\n[core]\nparallelism = 64  # two schedulers\n';
    const result = await lintText(text);
    const log = toRdJson(result, {
      source: SOURCE,
      docsBaseUrl: 'https://d/',
      lines: new Map([['airflow.cfg', splitPythonLines(text)]]),
      mask: (value) => result.secrets.mask(value),
    });
    const inline = log.diagnostics.find((d) => d.code.value === 'APF003');
    expect(inline?.suggestions).toEqual([
      { range: { start: { line: 4, column: 1 }, end: { line: 4, column: 35 } }, text: '# two schedulers\nparallelism = 64' },
    ]);
    // The scheme edit quotes no secret (only `postgresql`), so it is kept although the URL has a password.
    const scheme = log.diagnostics.find((d) => d.code.value === 'APF111');
    expect(scheme?.suggestions).toEqual([{ range: { start: { line: 2, column: 20 }, end: { line: 2, column: 28 } }, text: 'postgresql' }]);
    expect(JSON.stringify(log)).not.toContain('Sup3rS3cret');
  });
});

describe('lint --format rdjson', () => {
  it('prints one DiagnosticResult for the seed example', () => {
    const run = runCli(['lint', '--format', 'rdjson', '--airflow-version', '2.10', 'examples/seed/airflow.cfg']);
    const log = JSON.parse(run.stdout) as RdJson;
    assertRdJsonShape(log);
    expect(log.diagnostics.map((d) => `${d.code.value}:${d.location.range.start.line}`)).toEqual([
      'APF120:3', 'APF102:5', 'APF110:11', 'APF123:13', 'APF135:13',
    ]);
    expect(log.diagnostics.every((d) => d.location.path === 'examples/seed/airflow.cfg')).toBe(true);
    expect(run.status).toBe(1);
  });
});
