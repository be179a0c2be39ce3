import type { ComponentView } from '../components/types.js';
import type { EffectiveValue, SourceLocation } from '../config/types.js';
import { deployments, relatedAt, where } from './apf3-support.js';
import type { Rule, RuleContext } from './types.js';

/** Values every component of one installation must share, and what breaks when they differ. */
const SHARED: readonly { section: string; option: string; why: string }[] = [
  { section: 'webserver', option: 'secret_key', why: 'log requests are signed with it, so fetching task logs from another component fails with 403 FORBIDDEN' },
  { section: 'api', option: 'secret_key', why: 'log requests are signed with it, so fetching task logs from another component fails with 403 FORBIDDEN' },
  { section: 'api_auth', option: 'jwt_secret', why: "tokens issued by one component are refused by another ('Signature verification failed')" },
  { section: 'core', option: 'fernet_key', why: 'connections and variables encrypted by one component cannot be decrypted by another (InvalidToken)' },
  { section: 'database', option: 'sql_alchemy_conn', why: 'the components do not share one metastore, so they do not see each other’s work' },
];

export const sharedValueMismatch: Rule = {
  meta: {
    id: 'APF304',
    alias: 'shared-value-mismatch',
    description: 'Components of one installation get different values (or none) for a value they must share: secret_key, jwt_secret, fernet_key, the metastore URL.',
    severity: 'error',
    tags: ['deployment', 'security'],
    versions: 'all; the option names follow the target release ([webserver] secret_key on 2.x, [api] secret_key on 3.x)',
    messages: {
      differs: '[{{section}}] {{option}} set here reaches {{components}}, but {{others}} get a different value: {{why}}.',
      missing: '{{component}} gets no [{{section}}] {{option}}, so Airflow generates a random one in it, while {{others}} get one from {{where}}: {{why}}.',
    },
  },
  scope: 'repository',
  check(context) {
    for (const group of deployments(context.repository ?? { components: [], compose: [], helm: [], scripts: [] })) {
      if (group.length < 2) continue;
      for (const shared of SHARED) {
        const fact = context.knowledge.sections[shared.section]?.options[shared.option];
        if (!fact) continue;
        checkGroup(context, group, shared, fact.generated === true && fact.default === null);
      }
    }
  },
};

interface Received {
  component: ComponentView;
  value: EffectiveValue | undefined;
}

function checkGroup(context: RuleContext, group: readonly ComponentView[], shared: (typeof SHARED)[number], generated: boolean): void {
  const received: Received[] = group.map((component) => ({ component, value: component.config.get(shared.section, shared.option) }));
  const set = received.filter((r) => r.value !== undefined && r.value.origin !== 'default');
  const distinct = new Set(set.map((r) => identity(r.value)));
  const data = { section: shared.section, option: shared.option, why: shared.why };
  if (distinct.size > 1) {
    const byLocation = new Map<string, { location: SourceLocation; components: string[] }>();
    for (const r of set) {
      const location = r.value?.location;
      if (!location) continue;
      const key = `${location.file}:${location.span.start.line}:${location.span.start.column}`;
      const entry = byLocation.get(key) ?? { location, components: [] };
      entry.components.push(serviceName(r.component));
      byLocation.set(key, entry);
    }
    const entries = [...byLocation.values()];
    for (const entry of entries) {
      const others = entries.filter((other) => other !== entry).flatMap((other) => other.components);
      context.report({
        messageId: 'differs',
        data: { ...data, components: entry.components.join(', '), others: others.join(', ') },
        file: entry.location.file,
        span: entry.location.span,
        fix: `Set one [${shared.section}] ${shared.option} for every component (for example once in the shared environment block), from the same secret.`,
        related: entries.filter((other) => other !== entry).map((other) => relatedAt(other.location, `another value for ${other.components.join(', ')}`)),
      });
    }
  }
  const source = set[0]?.value?.location;
  if (!generated || !source) return;
  for (const r of received.filter((r) => !set.includes(r))) {
    const service = r.component.service;
    if (!service) continue;
    context.report({
      messageId: 'missing',
      data: { ...data, component: service.name, others: set.map((s) => serviceName(s.component)).join(', '), where: where(source) },
      file: r.component.file,
      span: service.nameSpan,
      fix: `Give ${service.name} the same [${shared.section}] ${shared.option} as the other components.`,
      related: [relatedAt(source, 'the value the other components get')],
    });
  }
}

/** What a component actually receives: the value, or the command/secret path it is read from. */
function identity(value: EffectiveValue | undefined): string {
  return `${value?.variant ?? ''}\u0000${value?.value ?? value?.reference ?? ''}`;
}

function serviceName(component: ComponentView): string {
  return component.service?.name ?? withoutParenthesis(component.name);
}

/** `name (detail)` → `name`. */
function withoutParenthesis(name: string): string {
  const open = name.indexOf(' (');
  return open >= 0 && name.endsWith(')') ? name.slice(0, open) : name;
}
