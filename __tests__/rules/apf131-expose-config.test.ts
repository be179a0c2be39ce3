import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF131 expose-config', () => {
  testCases('apf131.cfg', ['APF131']);

  it('says what Airflow does: non-sensitive-only', async () => {
    expect(await messagesOf('apf131.cfg', "non-sensitive-only", 'APF131')).toEqual([
      "[webserver] expose_config is non-sensitive-only: every logged-in user can read the running configuration in the UI and through the API, including hosts, paths and settings an attacker can use."
    ]);
  });
});
