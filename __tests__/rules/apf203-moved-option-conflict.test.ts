import { describe, expect, it } from 'vitest';
import { expectFixture, messagesOf } from './apf2xx-fixtures.js';

describe('APF203 moved-option-conflict', () => {
  it('reports the old place when both places differ, and says which one Airflow uses', async () => {
    const output = await expectFixture('apf203-conflict.cfg', '2.10', 'APF203');
    expect(messagesOf(output, 'APF203')).toEqual([
      '[core] sql_alchemy_pool_size and [database] sql_alchemy_pool_size (line 8) are both set, to different values. Airflow 2.10.5 reads [database] sql_alchemy_pool_size first, so this line is ignored.',
    ]);
    expect(output.findings.find((f) => f.ruleId === 'APF203')?.related?.[0]?.span.start.line).toBe(8);
  });
});
