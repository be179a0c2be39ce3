import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF020 interpolation-too-large', () => {
  testCases('apf020.cfg', ['APF020']);

  it('says what Airflow would do', async () => {
    expect(await messagesOf('apf020.cfg', 'ten references per level, nine levels: 10^9 copies of a ten-character value', 'APF020')).toEqual([
      'Reading [core] executor makes configparser build a value of more than 1,000,000 characters: its %(name)s references repeat other values that repeat others in turn. Airflow would stall or run out of memory at start-up.',
    ]);
  });
});
