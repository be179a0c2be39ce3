import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF003 inline-comment', () => {
  testCases('apf003.cfg', ['APF003']);

  it('says what Airflow does: trailing # comment', async () => {
    expect(await messagesOf('apf003.cfg', "trailing # comment", 'APF003')).toEqual([
      "[core] parallelism is read as \"64  # per scheduler\": configparser keeps the '#' comment as part of the value (only options read as booleans cut it off)."
    ]);
  });

  it('never quotes a secret value', async () => {
    expect(await messagesOf('apf003.cfg', 'secret values are not quoted', 'APF003')).toEqual([
      "[core] fernet_key keeps the '#' comment as part of the value: Airflow reads the secret with the comment text appended.",
    ]);
  });
});
