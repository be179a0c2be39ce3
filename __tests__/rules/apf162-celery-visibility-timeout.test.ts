import { describe, expect, it } from 'vitest';
import { messagesOf, testCases } from './apf1-cases.js';

describe('APF162 celery-visibility-timeout', () => {
  testCases('apf162.cfg', ['APF162']);

  it('gives the duration and the default Airflow would set', async () => {
    expect(await messagesOf('apf162.cfg', 'a five-minute visibility timeout on Redis', 'APF162')).toEqual([
      '[celery_broker_transport_options] visibility_timeout is 300 seconds (5 min): with a redis broker, a task still running after that long is delivered to another worker and runs twice. Without this line Airflow sets 86400 seconds.',
    ]);
  });
});
