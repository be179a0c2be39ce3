import { describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';
import { expectFixture, messagesOf } from './apf2xx-fixtures.js';

describe('APF207 unknown-section', () => {
  it('warns about misspelled sections and notes sections of your own', async () => {
    const output = await expectFixture('apf207-unknown-section.cfg', '2.10', 'APF207');
    expect(messagesOf(output, 'APF207')).toEqual([
      'Airflow 2.10.5 has no section [schedular], so nothing in it is read. Did you mean [scheduler]?',
      'Airflow 2.10.5 has no section [Core], so nothing in it is read. Did you mean [core]?',
      '[my_company] is not known to Airflow 2.10.5 core or the providers installed with apache-airflow[postgres]. That is fine for a section another provider or your own code reads; otherwise Airflow ignores it.',
    ]);
  });

  it('says once that Airflow 3 dropped [webserver]', async () => {
    const output = await lintText('[webserver]\nbase_url = http://localhost:8080\n', { version: '3.1' });
    expect(messagesOf(output, 'APF207')).toEqual([
      'Airflow 3.1.8 no longer declares a [webserver] section: the options it still reads from here are reported as moved, and any other option in it is ignored.',
    ]);
  });
});
