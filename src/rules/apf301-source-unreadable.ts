import type { Rule } from './types.js';

/** Reported by the engine when a compose or Helm values file is not valid YAML. */
export const sourceUnreadable: Rule = {
  meta: {
    id: 'APF301',
    alias: 'source-unreadable',
    description: 'A compose file or Helm values file that is not valid YAML: Compose and Helm refuse it, and none of its settings are checked.',
    severity: 'error',
    tags: ['syntax', 'deployment'],
    versions: 'all',
    messages: {
      invalidYaml: 'This file is not valid YAML ({{detail}}): docker compose and helm refuse it, and its Airflow settings were not checked.',
    },
  },
  // The engine reports it while reading the file; there is nothing left to check here.
  scope: 'repository',
  check() {},
};
