import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF122 secret-in-file', () => {
  testCases('apf122.cfg', ['APF122']);

  it('says what Airflow does: literal JWT secret', async () => {
    expect(await messagesOf('apf122.cfg', "literal JWT secret", 'APF122')).toEqual([
      "[api_auth] jwt_secret is written into the file: everyone who can read the repository or the image has the key."
    ]);
  });
});
