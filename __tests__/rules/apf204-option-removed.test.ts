import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';
import { expectFixture, fixtureText, messagesOf } from './apf2xx-fixtures.js';

describe('APF204 option-removed', () => {
  it('reports removed options and invalid values on Airflow 3.1', async () => {
    const output = await expectFixture('apf204-removed.cfg', '3.1', 'APF204');
    expect(messagesOf(output, 'APF204')).toContain(
      'Airflow 3.1.8 no longer has [core] check_slas, so this value is ignored. Airflow says: Removed deprecated check_slas configuration parameter from core section. The SLA feature is removed in Airflow 3.0, to be replaced with Airflow Alerts in future',
    );
  });

  it('leaves executor names to the executor rules (APF101, APF102)', async () => {
    const output = await lintText('[core]\nexecutor = SequentialExecutor\n', { version: '3.1' });
    expect(messagesOf(output, 'APF204')).toEqual([]);
    expect(output.findings.map((finding) => finding.ruleId)).toContain('APF102');
  });

  it('is silent on 2.10, which still has all of them', async () => {
    const output = await lintText(fixtureText('apf204-removed.cfg'), { version: '2.10' });
    expect(messagesOf(output, 'APF204')).toEqual([]);
  });

  it('an old default of an option the release still reads is a notice, not a drop (log_filename_template on 3.1)', async () => {
    const output = await lintText('[logging]\nlog_filename_template = {{ ti.dag_id }}/{{ ti.task_id }}/{{ ts }}/{{ try_number }}.log\n', { version: '3.1.8' });
    expect(output.findings.filter((finding) => finding.ruleId === 'APF204').map((finding) => [finding.severity, finding.message])).toEqual([
      [
        'notice',
        'Airflow 3.1.8 still reads this value of [logging] log_filename_template; it is the default of an earlier release, which `airflow config update` deletes so that the current default applies.',
      ],
    ]);
  });
});
