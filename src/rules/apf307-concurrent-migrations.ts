import type { ComposeService } from '../sources/compose.js';
import type { Span } from '../reader/types.js';
import { offsetSpan } from '../sources/yaml.js';
import type { Rule } from './types.js';

/** A command that migrates the metastore: `airflow db migrate|upgrade|init`, `airflow initdb|upgradedb`. */
const MIGRATION = /\bairflow["',\s\-]+(?:initdb|upgradedb|db["',\s\-]+(?:migrate|upgrade|init))\b/;
/**
 * The official apache/airflow image's entrypoint migrates the metastore when one of these is `true`
 * (a fact of the image, documented with it, not of Airflow's configuration).
 */
const IMAGE_MIGRATION_VARIABLES = ['_AIRFLOW_DB_MIGRATE', '_AIRFLOW_DB_UPGRADE'];

export const concurrentMigrations: Rule = {
  meta: {
    id: 'APF307',
    alias: 'concurrent-migrations',
    description: 'Several services of one compose file migrate the metastore when they start, so their migrations race.',
    severity: 'warning',
    tags: ['deployment'],
    versions: 'all',
    messages: {
      several: '{{services}} migrate the metastore when they start, and so do {{others}}: started together, the migrations race (`relation … already exists`, `duplicate key`).',
    },
  },
  scope: 'repository',
  check(context) {
    for (const compose of context.repository?.compose ?? []) {
      const migrators = compose.services.filter((s) => s.runsAirflow).flatMap((service) => {
        const span = migrationSpan(service, compose.yaml);
        return span ? [{ service: service.name, span }] : [];
      });
      if (migrators.length < 2) continue;
      // Services that share the line (an anchor merged into each) are reported once, together.
      const byLine = new Map<string, { span: Span; services: string[] }>();
      for (const migrator of migrators) {
        const key = `${migrator.span.start.line}:${migrator.span.start.column}`;
        const entry = byLine.get(key) ?? { span: migrator.span, services: [] };
        entry.services.push(migrator.service);
        byLine.set(key, entry);
      }
      for (const entry of byLine.values()) {
        const others = migrators.map((m) => m.service).filter((name) => !entry.services.includes(name));
        context.report({
          messageId: 'several',
          data: { services: entry.services.join(', '), others: others.length > 0 ? others.join(', ') : 'each other' },
          file: compose.file,
          span: entry.span,
          fix: 'Migrate from one service only (an init service that the others depend on with `condition: service_completed_successfully`).',
        });
      }
    }
  },
};

function migrationSpan(service: ComposeService, yaml: Parameters<typeof offsetSpan>[0]): Span | undefined {
  for (const command of service.commands) {
    const range = (command.node as { range?: [number, number, number] }).range;
    if (!range) continue;
    const match = MIGRATION.exec(yaml.text.slice(range[0], range[1]));
    if (match) return offsetSpan(yaml, range[0] + match.index, range[0] + match.index + match[0].length);
  }
  const variable = service.environment.findLast((entry) => IMAGE_MIGRATION_VARIABLES.includes(entry.name));
  return variable && /^true$/i.test(variable.value.trim()) ? variable.location?.span : undefined;
}
