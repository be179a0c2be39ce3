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

  it('reports options an earlier release had and the target dropped without a change-list entry', async () => {
    const output = await lintText(fixtureText('apf202-not-read.cfg'), { version: '3.1' });
    expect(messagesOf(output, 'APF202').slice(-2)).toEqual([
      '[api] enable_xcom_deserialize_support was last read by Airflow 3.0.6 and is ignored by Airflow 3.1.8, so this value has no effect.',
      '[webserver] dag_orientation was last read by Airflow 2.11.2 and is ignored by Airflow 3.1.8. The value equals its default in 2.11.2, so nothing changes, but the line is dead.',
    ]);
    // The unknown-option rule leaves these lines to APF202; [webserver] itself gets APF207's one notice.
    const lines = output.findings.filter((f) => f.line >= 16 && f.ruleId.startsWith('APF2')).map((f) => [f.line, f.ruleId]);
    expect(lines).toEqual([[18, 'APF202'], [20, 'APF207'], [22, 'APF202']]);
  });

  it('is not an error on a release that still reads the old place', async () => {
    const output = await lintText(fixtureText('apf202-not-read.cfg'), { version: '2.10' });
    expect(messagesOf(output, 'APF202')).toEqual([]);
    expect(output.findings.filter((f) => f.severity === 'error' && f.ruleId.startsWith('APF2'))).toEqual([]);
  });

  it('follows a rename one step, as Airflow does: the old name of an old name is not read', async () => {
    const text = '[webserver]\naccess_logfile = /var/log/access.log\npage_size = 50\n';
    const on31 = await lintText(text, { version: '3.1.8' });
    expect(messagesOf(on31, 'APF202')).toEqual([
      'Airflow 3.1.8 does not read [webserver] access_logfile: it was renamed to [api] access_logfile and then [api] log_config, and Airflow follows a rename one step only, so this value is silently ignored and [api] log_config keeps its default.',
    ]);
    // [api] page_size is still the current name in 3.1: one step back, [webserver] page_size is read.
    expect(on31.findings.filter((f) => f.line === 3).map((f) => f.ruleId)).toEqual(['APF201']);
    const on33 = await lintText(text, { version: '3.3.2' });
    expect(on33.findings.filter((f) => f.ruleId === 'APF202').map((f) => [f.line, f.severity])).toEqual([
      [2, 'error'],
      [3, 'warning'],
    ]);
  });
});
