import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF004 indented-option', () => {
  testCases('apf004.cfg', ['APF004']);

  it('says what Airflow does: indented option joins the value above', async () => {
    expect(await messagesOf('apf004.cfg', "indented option joins the value above", 'APF004')).toEqual([
      "\"parallelism\" is indented, so configparser reads this line as part of [core] executor above: parallelism is not set, and executor gets a second line."
    ]);
  });
});
