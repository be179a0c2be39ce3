// Shared by the APF2xx tests: lint a fixture of __tests__/fixtures/rules/compat/ against a target release.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { LintOutput } from '../../src/engine/lint.js';
import { asExpectations, expectationsOf, lintText } from '../helpers/lint.js';

const FIXTURES = new URL('../fixtures/rules/compat/', import.meta.url);

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** Lints the fixture and checks that the rule reports exactly the lines marked `# expect:` (with severities). */
export async function expectFixture(name: string, version: string, ruleId: string): Promise<LintOutput> {
  const text = fixtureText(name);
  const output = await lintText(text, { version });
  const expected = expectationsOf(text).filter((expectation) => expectation.ruleId === ruleId);
  const withSeverity = expected.some((expectation) => expectation.severity !== undefined);
  const wanted = withSeverity ? expected : expected.map(({ line, ruleId: id }) => ({ line, ruleId: id }));
  expect(asExpectations(output.findings, [ruleId], withSeverity)).toEqual(wanted);
  return output;
}

export function messagesOf(output: LintOutput, ruleId: string): string[] {
  return output.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.message);
}
