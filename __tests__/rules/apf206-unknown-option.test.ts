import { describe, expect, it } from 'vitest';
import { expectFixture, messagesOf } from './apf2xx-fixtures.js';

describe('APF206 unknown-option', () => {
  it('reports unknown options with a did-you-mean, and knows _cmd variants and partly described sections', async () => {
    const output = await expectFixture('apf206-unknown-option.cfg', '2.10', 'APF206');
    expect(messagesOf(output, 'APF206')).toEqual([
      'Airflow 2.10.5 has no option [core] paralelism, so this value is never read. Did you mean [core] parallelism?',
      'Airflow 2.10.5 has no option [scheduler] sql_alchemy_conn, so this value is never read. Did you mean [database] sql_alchemy_conn?',
    ]);
  });
});
