import { exposureRule } from './support/exposure.js';

export const testConnection = exposureRule({
  meta: {
    id: 'APF132',
    alias: 'test-connection',
    description: 'The "Test connection" button is enabled in the UI, the API and the CLI.',
    versions: 'all releases that have [core] test_connection',
    message:
      '{{setting}} is {{value}}: any user who may edit connections can make the workers connect to hosts of their choice and run driver code{{note}}.',
  },
  places: [{ section: 'core', option: 'test_connection' }],
  unsafe: (text) => text.trim().toLowerCase() === 'enabled',
  fix: 'Set `test_connection = Disabled` (or Hidden) under [core].',
});
