import { exposureRule } from './support/exposure.js';

const EXPOSING = new Set(['true', 't', '1', 'non-sensitive-only']);

export const exposeConfig = exposureRule({
  meta: {
    id: 'APF131',
    alias: 'expose-config',
    description: 'The configuration is shown in the UI and the REST API.',
    versions: '2.x: [webserver] expose_config; 3.x: [api] expose_config (from the knowledge data)',
    message:
      '{{setting}} is {{value}}: every logged-in user can read the running configuration in the UI and through the API, including hosts, paths and settings an attacker can use{{note}}.',
  },
  places: [
    { section: 'api', option: 'expose_config' },
    { section: 'webserver', option: 'expose_config' },
  ],
  unsafe: (text) => EXPOSING.has(text.trim().toLowerCase()),
  fix: 'Set expose_config = False.',
});
