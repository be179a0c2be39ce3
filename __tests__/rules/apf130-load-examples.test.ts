import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF130 load-examples', () => {
  testCases('apf130.cfg', ['APF130']);

  it('says what Airflow does: not set: Airflow loads the examples by default', async () => {
    expect(await messagesOf('apf130.cfg', "not set: Airflow loads the examples by default", 'APF130')).toEqual([
      "[core] load_examples is True: Airflow loads its example DAGs, which anyone with UI access can trigger, and which clutter the DAG list (not set, so Airflow uses its default)."
    ]);
  });
});
