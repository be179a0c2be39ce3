import { exposureRule } from './support/exposure.js';
import { airflowBoolean } from './support/value.js';

export const cookieNotSecure = exposureRule({
  meta: {
    id: 'APF135',
    alias: 'cookie-not-secure',
    description: 'The session cookie is sent without the Secure flag.',
    versions: 'releases that have [webserver] cookie_secure (2.x)',
    message:
      '{{setting}} is {{value}}: browsers also send the session cookie over plain HTTP, where it can be read and replayed{{note}}.',
  },
  places: [{ section: 'webserver', option: 'cookie_secure' }],
  unsafe: (text) => airflowBoolean(text) !== true,
  fix: 'Serve the UI over HTTPS and set `cookie_secure = True` under [webserver].',
});
