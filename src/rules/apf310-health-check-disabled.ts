import type { ComponentView } from '../components/types.js';
import type { ComposeFile, ComposeService } from '../sources/compose.js';
import type { Span } from '../reader/types.js';
import { mapGet, offsetSpan, scalarText, seqItems } from '../sources/yaml.js';
import { serviceRoles } from './support/topology.js';
import { airflowBoolean, pythonInt, resolveValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

/** `host:port/health` in a probe command (curl, wget, python -c urlopen …). */
// The regex finds `:port/health` after a host character; the host and scheme are then read backwards
// (a host pattern `[\w.-]+:` would be tried from every start in a long word: quadratic).
const PORT_HEALTH = /[\w.\]-]:(\d{1,5})\/health\b/;
const HOST_CHAR = /[\w.-]/;
const IPV6_CHAR = /[0-9a-fA-F:]/;

/** The first `[scheme://]host:port/health` in the text, as `match[0]` with the port as `match[1]`. */
function healthUrl(text: string): [string, string] | undefined {
  const match = PORT_HEALTH.exec(text);
  if (!match?.[1]) return undefined;
  const colon = match.index + 1;
  let start = colon;
  if (text[colon - 1] === ']') {
    start = colon - 1;
    while (start > 0 && IPV6_CHAR.test(text[start - 1] as string)) start -= 1;
    if (text[start - 1] !== '[' || start === colon - 1) return undefined;
    start -= 1;
  } else {
    while (start > 0 && HOST_CHAR.test(text[start - 1] as string)) start -= 1;
  }
  const scheme = ['https://', 'http://'].find((prefix) => text.endsWith(prefix, start));
  if (scheme) start -= scheme.length;
  const end = colon + match[0].length - 1;
  return [text.slice(start, end), match[1]];
}

export const healthCheckDisabled: Rule = {
  meta: {
    id: 'APF310',
    alias: 'health-check-disabled',
    description: 'A compose healthcheck probes the scheduler\'s HTTP health endpoint while the scheduler does not serve it (health check off, or another port).',
    severity: 'error',
    tags: ['deployment'],
    versions: 'all (the option names, defaults and port come from the knowledge data of the target release)',
    messages: {
      disabled:
        'The healthcheck of {{service}} requests :{{port}}/health, but [scheduler] enable_health_check is {{state}} for it, so nothing listens there: the container stays "unhealthy", and services that wait for it with `condition: service_healthy` never start.',
      'wrong-port':
        'The healthcheck of {{service}} requests :{{port}}/health, but the scheduler serves its health check on port {{configured}} ([scheduler] scheduler_health_check_server_port): the container stays "unhealthy".',
    },
  },
  scope: 'repository',
  check(context) {
    const facts = context.knowledge.sections['scheduler']?.options;
    if (!facts?.['enable_health_check'] || !facts['scheduler_health_check_server_port']) return;
    for (const compose of context.repository?.compose ?? []) {
      for (const service of compose.services.filter((candidate) => candidate.runsAirflow && serviceRoles(candidate).has('scheduler'))) {
        const probe = healthProbe(compose, service);
        const component = context.repository?.components.find((c) => c.kind === 'compose' && c.file === compose.file && c.service?.name === service.name);
        if (probe && component) checkProbe(context, compose, service, component, probe);
      }
    }
  },
};

interface Probe {
  port: number;
  span: Span;
}

function checkProbe(context: RuleContext, compose: ComposeFile, service: ComposeService, component: ComponentView, probe: Probe): void {
  const scoped = { ...context, config: component.config, file: component.file };
  const enabled = booleanOf(scoped, 'enable_health_check');
  const data = { service: service.name, port: probe.port };
  if (enabled === false) {
    const value = component.config.get('scheduler', 'enable_health_check');
    const state = value?.origin === 'default' ? 'off by default and not switched on' : 'False';
    context.report({
      messageId: 'disabled',
      data: { ...data, state },
      file: compose.file,
      span: probe.span,
      fix: 'Set AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK: \'true\' for the scheduler (the official docker-compose file does), or probe with `airflow jobs check --job-type SchedulerJob --local`.',
    });
    return;
  }
  const port = integerOf(scoped, 'scheduler_health_check_server_port');
  if (enabled === true && port !== undefined && port !== probe.port) {
    context.report({
      messageId: 'wrong-port',
      data: { ...data, configured: port },
      file: compose.file,
      span: probe.span,
      fix: `Probe port ${port}, or set scheduler_health_check_server_port to ${probe.port}.`,
    });
  }
}

function booleanOf(context: RuleContext, option: string): boolean | undefined {
  const value = context.config.get('scheduler', option);
  if (!value) return undefined;
  const resolved = resolveValue(context, value);
  return resolved.known ? airflowBoolean(resolved.text) : undefined;
}

function integerOf(context: RuleContext, option: string): number | undefined {
  const value = context.config.get('scheduler', option);
  if (!value) return undefined;
  const resolved = resolveValue(context, value);
  return resolved.known ? pythonInt(resolved.text) : undefined;
}

/** The `healthcheck: test:` of a service (merge keys applied) when it requests `…:port/health`. */
function healthProbe(compose: ComposeFile, service: ComposeService): Probe | undefined {
  const services = mapGet(compose.yaml, compose.yaml.doc.contents, 'services')?.value;
  const test = mapGet(compose.yaml, mapGet(compose.yaml, mapGet(compose.yaml, services, service.name)?.value, 'healthcheck')?.value, 'test')?.value;
  const nodes = seqItems(compose.yaml, test);
  for (const node of nodes.length > 0 ? nodes : [test]) {
    const text = scalarText(compose.yaml, node);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const match = text === undefined ? undefined : healthUrl(text);
    if (!match || !range) continue;
    const source = compose.yaml.text.slice(range[0], range[1]);
    const at = source.indexOf(match[0]);
    const start = range[0] + Math.max(at, 0);
    return { port: Number(match[1]), span: offsetSpan(compose.yaml, start, at >= 0 ? start + match[0].length : range[1]) };
  }
  return undefined;
}
