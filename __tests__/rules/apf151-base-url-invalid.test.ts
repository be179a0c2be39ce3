import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF151 base-url-invalid', () => {
  testCases('apf151.cfg', ['APF151']);

  it('quotes the refusal users see on 2.x', async () => {
    expect(await messagesOf('apf151.cfg', 'a trailing slash the 2.x webserver refuses', 'APF151')).toEqual([
      '[webserver] base_url ends with "/": Airflow 2.10.5 refuses it and the webserver does not start ("webserver.base_url conf cannot have a trailing slash.").',
    ]);
  });
});
