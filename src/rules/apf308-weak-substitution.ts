import { parseEnvVarName } from '../config/effective.js';
import { looksLikeSecretName } from '../secrets.js';
import type { ComposeEnvEntry } from '../sources/compose.js';
import { offsetSpan } from '../sources/yaml.js';
import { isSensitive } from './apf3-support.js';
import type { Rule } from './types.js';

export const weakSubstitution: Rule = {
  meta: {
    id: 'APF308',
    alias: 'weak-substitution',
    description: 'A secret variable in a compose file that falls back to a value written in the file, or to nothing, when the substituted variable is unset.',
    severity: 'warning',
    tags: ['security', 'deployment'],
    versions: 'all',
    messages: {
      fallback: '{{variable}} falls back to a value written in this file because no .env of the project sets {{name}}: everyone who can read the repository knows this secret, and every installation shares it.',
      empty: '{{variable}} is empty unless the shell that runs `docker compose` sets {{name}}: no .env of the project sets it, so Airflow gets an empty secret.',
    },
  },
  scope: 'repository',
  check(context) {
    for (const compose of context.repository?.compose ?? []) {
      const seen = new Set<ComposeEnvEntry>();
      for (const service of compose.services.filter((s) => s.runsAirflow)) {
        for (const entry of service.environment) {
          if (seen.has(entry) || !isSecretVariable(entry.name, context.knowledge)) continue;
          seen.add(entry);
          for (const substitution of entry.substitutions) {
            // In a URL only the reference that is the secret counts: `${POSTGRES_HOST:-postgres}` is not one.
            const secretPart = substitution.start === 0 && substitution.end === entry.raw.length ? true : looksLikeSecretName(substitution.name);
            if (!secretPart) continue;
            const weak = substitution.resolution === 'fallback' && (substitution.argument ?? '') !== '';
            const empty = entry.value === '' && (substitution.resolution === 'empty' || substitution.resolution === 'fallback');
            if (!weak && !empty) continue;
            const start = entry.rawStart + substitution.start;
            context.report({
              messageId: weak ? 'fallback' : 'empty',
              data: { variable: entry.name, name: substitution.name },
              file: compose.file,
              span: offsetSpan(compose.yaml, start, entry.rawStart + substitution.end),
              fix: `Write \${${substitution.name}:?${substitution.name} must be set} so that Compose refuses to start without it, and set ${substitution.name} in an untracked .env or a secret store.`,
            });
          }
        }
      }
    }
  },
};

function isSecretVariable(name: string, knowledge: Parameters<typeof isSensitive>[0]): boolean {
  const parsed = parseEnvVarName(name);
  if (parsed && isSensitive(knowledge, parsed.section, parsed.option)) return true;
  return looksLikeSecretName(name);
}
