// Fixture files with several small configurations each, expectations inline:
//   #### <case name> [@<target version>]
//   #### env NAME=value          (optional, variables given as with --env-file)
//   [core]
//   # expect: APF101 error
//   executor = LocalExecuter
// Line numbers in expectations count from the first line after the case's header lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { EnvEntry } from '../../src/config/effective.js';
import { asExpectations, expectationsOf, lintText } from '../helpers/lint.js';
import type { LintOutput } from '../../src/engine/lint.js';

export interface FixtureCase {
  name: string;
  version: string;
  env: EnvEntry[];
  text: string;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'rules', 'prod');

export function readCases(file: string): FixtureCase[] {
  const cases: FixtureCase[] = [];
  let current: (FixtureCase & { lines: string[] }) | undefined;
  for (const line of readFileSync(join(FIXTURES, file), 'utf8').split('\n')) {
    const header = /^#### (?!env )(.+?)(?:\s+@(\S+))?\s*$/.exec(line);
    if (header) {
      if (current) cases.push(finish(current));
      current = { name: header[1] ?? '', version: header[2] ?? '2.10', env: [], text: '', lines: [] };
      continue;
    }
    const env = /^#### env ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (env && current) {
      current.env.push({ name: env[1] ?? '', value: env[2] ?? '' });
      continue;
    }
    current?.lines.push(line);
  }
  if (current) cases.push(finish(current));
  return cases;
}

function finish(fixture: FixtureCase & { lines: string[] }): FixtureCase {
  return { name: fixture.name, version: fixture.version, env: fixture.env, text: fixture.lines.join('\n') };
}

export function lintCase(fixture: FixtureCase): Promise<LintOutput> {
  return lintText(fixture.text, { version: fixture.version, env: fixture.env });
}

/** One test per case: the findings of `ruleIds` are exactly the `# expect:` lines, with their severities. */
export function testCases(file: string, ruleIds: readonly string[]): void {
  for (const fixture of readCases(file)) {
    it(`${fixture.name} (Airflow ${fixture.version})`, async () => {
      const result = await lintCase(fixture);
      const expected = expectationsOf(fixture.text).filter((expectation) => ruleIds.includes(expectation.ruleId));
      const actual = asExpectations(
        result.findings.filter((finding) => finding.file === 'airflow.cfg'),
        ruleIds,
        true,
      );
      expect(actual.map(({ line, ruleId }) => ({ line, ruleId }))).toEqual(expected.map(({ line, ruleId }) => ({ line, ruleId })));
      for (const expectation of expected.filter((candidate) => candidate.severity)) {
        const match = actual.find((finding) => finding.line === expectation.line && finding.ruleId === expectation.ruleId);
        expect(match?.severity, `severity at line ${expectation.line}`).toBe(expectation.severity);
      }
    });
  }
}

/** The messages of one rule for one named case. */
export async function messagesOf(file: string, caseName: string, ruleId: string): Promise<string[]> {
  const fixture = readCases(file).find((candidate) => candidate.name === caseName);
  if (!fixture) throw new Error(`no case '${caseName}' in ${file}`);
  const result = await lintCase(fixture);
  return result.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.message);
}
