import type { ComponentView } from '../components/types.js';
import type { RepoFile } from '../sources/kinds.js';
import { normalizeName, readImageInstalls, type ImageInstalls } from '../sources/pip-install.js';
import { configuredExecutor } from './support/executor.js';
import type { Rule, RuleContext } from './types.js';

/**
 * The official apache/airflow images ship the Celery and Kubernetes providers (a fact of the image,
 * documented with it, not of Airflow's configuration): an image built on them needs nothing more.
 */
const OFFICIAL_IMAGE = /(^|\/)apache\/airflow(:|@|$)/;

interface NeededProvider {
  distribution: string;
  executor: string;
  extras: string[];
  /** The first package the import stops at (`airflow.providers.celery`). */
  module: string;
  /** A component that runs the executor, for the message. */
  where: string;
}

export const executorProviderMissing: Rule = {
  meta: {
    id: 'APF103',
    alias: 'executor-provider-missing',
    description: 'The image installs Airflow without the provider package of the configured executor (Celery, Kubernetes).',
    severity: 'error',
    tags: ['production'],
    versions: 'all (which executor lives in which provider, and which extras install it, come from the knowledge data)',
    messages: {
      missing:
        '{{requirement}} installs neither the {{extras}} extra nor {{distribution}}, but {{where}} runs the {{executor}}, which lives in that provider: the scheduler stops with "ModuleNotFoundError: No module named \'{{module}}\'".',
    },
  },
  scope: 'repository',
  check(context) {
    const dockerfiles = context.repository?.dockerfiles ?? [];
    for (const dockerfile of dockerfiles) {
      const installs = readImageInstalls(dockerfile.text);
      if (installs.airflow.length === 0 || installs.usesRequirementFiles) continue;
      if (installs.baseImage !== undefined && OFFICIAL_IMAGE.test(installs.baseImage)) continue;
      for (const need of neededProviders(context, componentsBuiltFrom(context, dockerfile))) reportMissing(context, dockerfile, installs, need);
    }
  },
};

/**
 * The components that run the image: compose services built from the Dockerfile; without compose
 * files, the cfg files of the repository (the image then most likely carries them).
 */
function componentsBuiltFrom(context: RuleContext, dockerfile: RepoFile): ComponentView[] {
  const components = context.repository?.components ?? [];
  if ((context.repository?.compose.length ?? 0) > 0) {
    return components.filter((component) => component.kind === 'compose' && component.service?.dockerfile === dockerfile.path);
  }
  return components.filter((component) => component.kind === 'cfg');
}

/** The provider each configured core executor lives in, once per provider, with a component that uses it. */
function neededProviders(context: RuleContext, components: readonly ComponentView[]): NeededProvider[] {
  const needed = new Map<string, NeededProvider>();
  const providers = Object.entries(context.knowledge.executorProviders ?? {});
  for (const component of components) {
    const executor = configuredExecutor({ ...context, config: component.config, file: component.file });
    for (const entry of executor?.setting.entries ?? []) {
      const alias = entry.coreAlias;
      const found = alias ? providers.find(([, provider]) => provider.executors.includes(alias)) : undefined;
      const path = alias ? context.knowledge.executors.coreExecutors[alias] : undefined;
      if (!alias || !found || !path || needed.has(found[0])) continue;
      const module = path.split('.').slice(0, 3).join('.');
      needed.set(found[0], { distribution: found[0], executor: alias, extras: found[1].extras, module, where: component.name });
    }
  }
  return [...needed.values()];
}

function reportMissing(context: RuleContext, dockerfile: RepoFile, installs: ImageInstalls, need: NeededProvider): void {
  if (installs.providers.has(normalizeName(need.distribution))) return;
  const extras = new Set(need.extras.map(normalizeName));
  const requirement = installs.airflow.find((candidate) => !candidate.extras.some((extra) => extras.has(extra)));
  if (!requirement || installs.airflow.some((candidate) => candidate.extras.some((extra) => extras.has(extra)))) return;
  const extra = need.extras[0] ?? '';
  context.report({
    messageId: 'missing',
    data: {
      requirement: requirement.text,
      extras: need.extras.map((name) => `[${name}]`).join(' / '),
      distribution: need.distribution,
      where: need.where,
      executor: need.executor,
      module: need.module,
    },
    file: dockerfile.path,
    span: requirement.span,
    fix: `Install apache-airflow[${[...requirement.extras, extra].filter(Boolean).join(',')}] (or add ${need.distribution}), with the constraints file of your Airflow release.`,
  });
}
