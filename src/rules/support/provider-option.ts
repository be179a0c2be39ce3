// Options of the providers that ship core executors (the Celery and Kubernetes providers), which the
// `[postgres]` install the knowledge data comes from does not include: their sections are in
// `knowledge.executorProviders`, not in `knowledge.sections`.
import type { EffectiveValue } from '../../config/types.js';
import type { OptionFact } from '../../knowledge/types.js';
import type { RuleContext } from '../types.js';
import { configuredExecutor } from './executor.js';

/** The provider's declaration of an option, when a provider that ships an executor declares it. */
export function providerOptionFact(context: RuleContext, section: string, option: string): OptionFact | undefined {
  for (const provider of Object.values(context.knowledge.executorProviders ?? {})) {
    const fact = provider.sections[section]?.options[option];
    if (fact) return fact;
  }
  return undefined;
}

/** The value set for a provider option (cfg or variable); undefined when unset or no provider declares it. */
export function providerOption(context: RuleContext, section: string, option: string): EffectiveValue | undefined {
  if (!providerOptionFact(context, section, option)) return undefined;
  const value = context.config.get(section, option);
  return value && value.origin !== 'default' ? value : undefined;
}

/** The provider distribution that declares a section (`apache-airflow-providers-celery` for `celery`). */
export function sectionProvider(context: RuleContext, section: string): string | undefined {
  return Object.entries(context.knowledge.executorProviders ?? {}).find(([, provider]) => provider.sections[section])?.[0];
}

/** Whether `[core] executor` names one of the executors the distribution ships. */
export function usesProviderExecutor(context: RuleContext, distribution: string): boolean {
  const shipped = context.knowledge.executorProviders?.[distribution]?.executors ?? [];
  const executor = configuredExecutor(context);
  return executor?.setting.entries.some((entry) => entry.coreAlias !== undefined && shipped.includes(entry.coreAlias)) ?? false;
}
