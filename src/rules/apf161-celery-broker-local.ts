import { providerOption, sectionProvider, usesProviderExecutor } from './support/provider-option.js';
import { currentComponent, isLoopbackHost, rolesOf, runsInContainer, urlHost } from './support/topology.js';
import { reportValue, resolveValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

const OPTIONS = [
  { option: 'broker_url', what: 'broker' },
  { option: 'result_backend', what: 'result backend' },
] as const;

export const celeryBrokerLocal: Rule = {
  meta: {
    id: 'APF161',
    alias: 'celery-broker-local',
    description: 'A Celery broker or result backend on localhost for Airflow components that run in containers.',
    severity: 'error',
    tags: ['deployment'],
    versions: 'all',
    messages: {
      local:
        '{{setting}} points the Celery {{what}} at {{host}}, but this runs in a container{{unit}}, where {{host}} is the container itself: the scheduler cannot queue tasks and the workers cannot fetch them ("Error 111 connecting to {{host}}. Connection refused"){{note}}.',
    },
  },
  check(context) {
    const component = currentComponent(context);
    if (!component || !runsInContainer(component)) return;
    const provider = sectionProvider(context, 'celery');
    if (!provider) return;
    if (!usesProviderExecutor(context, provider) && !rolesOf(component).has('worker')) return;
    for (const { option, what } of OPTIONS) {
      const value = providerOption(context, 'celery', option);
      if (!value) continue;
      const resolved = resolveValue(context, value);
      if (!resolved.known) continue;
      const text = resolved.text.trim().replace(/^db\+/i, '');
      const host = urlHost(text);
      if (!isLoopbackHost(host)) continue;
      reportValue(context, value, {
        messageId: 'local',
        data: { what, host: host ?? '', unit: component.kind === 'helm' ? ' (a Kubernetes pod)' : ' (a compose service)' },
        fix: fixFor(context, what),
      });
    }
  },
};

function fixFor(context: RuleContext, what: string): string {
  const service = context.repository?.compose
    .flatMap((file) => file.services)
    .find((candidate) => what === 'broker' ? /(^|\/)(redis|rabbitmq|valkey)(:|@|$)/.test(candidate.image ?? '') : /(^|\/)(postgres|mysql|mariadb)(:|@|$)/.test(candidate.image ?? ''));
  const where = service ? `the ${service.name} service's name as the host (as the official docker-compose file does)` : 'the service name (compose) or Service DNS name (Kubernetes) of the ' + what + ' as the host';
  return `Use ${where}, which every container can resolve.`;
}
