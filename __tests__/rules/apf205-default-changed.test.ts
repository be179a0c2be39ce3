import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';
import { expectFixture, fixtureText, messagesOf } from './apf2xx-fixtures.js';

describe('APF205 default-changed', () => {
  it('notes explicit values of options whose default Airflow 3 changed', async () => {
    const output = await expectFixture('apf205-default-changed.cfg', '3.1', 'APF205');
    expect(messagesOf(output, 'APF205')).toEqual([
      'Airflow 3.1.8 changed the default of [scheduler] catchup_by_default from `True` to `False`; this file sets `True`, so the new default does not apply here.',
    ]);
  });

  it('says nothing on 2.10', async () => {
    const output = await lintText(fixtureText('apf205-default-changed.cfg'), { version: '2.10' });
    expect(messagesOf(output, 'APF205')).toEqual([]);
  });

  it('is silent when the release rewrites the value to the new default (SequentialExecutor on 3.x)', async () => {
    const output = await lintText('[core]\nexecutor = SequentialExecutor\n', { version: '3.1.8' });
    expect(output.findings.filter((finding) => finding.ruleId === 'APF205')).toEqual([]);
  });
});
