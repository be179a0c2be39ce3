import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureText, messagesOf } from './apf2xx-fixtures.js';
import { lintText } from '../helpers/lint.js';

describe('APF202 option-not-read', () => {
  it('reports old places Airflow 3.1 no longer reads as errors, and as warnings when they restate the default', async () => {
    const output = await expectFixture('apf202-not-read.cfg', '3.1', 'APF202');
    expect(messagesOf(output, 'APF202')[0]).toBe(
      'Airflow 3.1.8 does not read [core] sql_alchemy_conn any more: it moved to [database] sql_alchemy_conn, so this value is silently ignored and [database] sql_alchemy_conn keeps its default.',
    );
  });

  it('is not an error on a release that still reads the old place', async () => {
    const output = await lintText(fixtureText('apf202-not-read.cfg'), { version: '2.10' });
    expect(messagesOf(output, 'APF202')).toEqual([]);
    expect(output.findings.filter((f) => f.severity === 'error' && f.ruleId.startsWith('APF2'))).toEqual([]);
  });
});
