import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { lintText } from '../helpers/lint.js';
import { messagesOf } from './apf2xx-fixtures.js';

/** A dump of every core option at its default, the way Airflow writes one into /opt/airflow. */
async function defaultsDump(version: string, changed: Record<string, string>): Promise<string> {
  const knowledge = await loadKnowledge(version);
  const lines: string[] = [];
  for (const [section, fact] of Object.entries(knowledge.sections)) {
    if (fact.owner !== 'core') continue;
    lines.push(`[${section}]`);
    for (const [option, optionFact] of Object.entries(fact.options)) {
      const value = changed[`${section}.${option}`] ?? optionFact.default ?? '';
      lines.push(`${option} = ${value.replaceAll('{AIRFLOW_HOME}', '/opt/airflow').replaceAll('\n', '\n\t')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('APF209 restates-defaults', () => {
  it('gives one notice for a full dump, counting the options that only restate defaults', async () => {
    const text = await defaultsDump('2.10.5', { 'core.parallelism': '64', 'core.load_examples': 'False' });
    const output = await lintText(text, { version: '2.10' });
    const notices = output.findings.filter((f) => f.ruleId === 'APF209');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.line).toBe(1);
    const [restated, written] = (notices[0]?.message.match(/\d+/g) ?? []).map(Number);
    expect(written! - restated!).toBeGreaterThanOrEqual(2);
    expect(notices[0]?.message).toMatch(
      /^This file is a full dump of defaults: \d+ of its \d+ options only restate the defaults of Airflow 2\.10\.5, and \d+ differ\./,
    );
  });

  it('is silent for a file that sets only what it changes', async () => {
    const output = await lintText('[core]\nparallelism = 64\n', { version: '2.10' });
    expect(messagesOf(output, 'APF209')).toEqual([]);
  });
});
