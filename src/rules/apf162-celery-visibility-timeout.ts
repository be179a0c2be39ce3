import { providerOption, sectionProvider } from './support/provider-option.js';
import { urlHost } from './support/topology.js';
import { pythonInt, reportValue, resolveValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

export const celeryVisibilityTimeout: Rule = {
  meta: {
    id: 'APF162',
    alias: 'celery-visibility-timeout',
    description: 'A Celery `visibility_timeout` shorter than the one Airflow sets by default, so long tasks may be delivered to a second worker.',
    severity: 'notice',
    tags: ['production'],
    versions: 'all (the default comes from the Celery provider release each Airflow release installs)',
    messages: {
      short:
        '{{setting}} is {{seconds}} seconds ({{human}}): with a {{scheme}} broker, a task still running after that long is delivered to another worker and runs twice. Without this line Airflow sets {{default}} seconds{{note}}.',
    },
  },
  check(context) {
    const provider = sectionProvider(context, 'celery');
    const facts = provider ? context.knowledge.executorProviders?.[provider]?.celery : undefined;
    if (!facts || facts.defaultVisibilityTimeout === null) return;
    const value = providerOption(context, 'celery_broker_transport_options', 'visibility_timeout');
    if (!value) return;
    const resolved = resolveValue(context, value);
    const seconds = resolved.known ? pythonInt(resolved.text) : undefined;
    if (seconds === undefined || seconds <= 0 || seconds >= facts.defaultVisibilityTimeout) return;
    const scheme = brokerScheme(context);
    if (!scheme || !facts.visibilityTimeoutSchemes.includes(scheme)) return;
    reportValue(context, value, {
      messageId: 'short',
      data: { seconds, human: duration(seconds), scheme, default: facts.defaultVisibilityTimeout },
      fix: 'Set it above the runtime of your longest task, or remove the line to take Airflow\'s default.',
    });
  },
};

function brokerScheme(context: RuleContext): string | undefined {
  const broker = context.config.get('celery', 'broker_url');
  if (!broker) return undefined;
  const resolved = resolveValue(context, broker);
  if (!resolved.known || urlHost(resolved.text) === undefined) return undefined;
  return /^\s*([A-Za-z][\w+.-]*):\/\//.exec(resolved.text)?.[1]?.toLowerCase();
}

function duration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
