import type { Rule } from './types.js';

/**
 * Reported by the engine when a compose or Helm values file is refused for what reading it would cost:
 * aliases past go-yaml's expansion limit, or nesting past MAX_YAML_DEPTH. Nothing in the file is checked.
 */
export const yamlTooCostly: Rule = {
  meta: {
    id: 'APF021',
    alias: 'yaml-too-costly',
    description:
      'A compose or Helm values file whose aliases and merge keys expand past the limit docker compose and helm (go-yaml) enforce, or that nests collections more than 1,000 levels deep: none of its settings are checked.',
    severity: 'error',
    tags: ['syntax', 'deployment'],
    versions: 'all',
    messages: {
      aliasing:
        'docker compose and helm refuse this file with "yaml: document contains excessive aliasing" ({{detail}}; go-yaml allows at most 99%). Its Airflow settings were not checked.',
      depth: 'This file {{detail}}; airflow-preflight does not read YAML that deep (no compose or values file needs it) and its Airflow settings were not checked.',
    },
  },
  // The engine reports it while reading the file; there is nothing left to check here.
  scope: 'repository',
  check() {},
};
