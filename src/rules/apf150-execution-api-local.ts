import type { ComponentView } from '../components/types.js';
import type { EffectiveValue } from '../config/types.js';
import { configuredExecutor } from './support/executor.js';
import { effectiveOption, reportValue, resolveValue, unsetValue } from './support/value.js';
import { currentComponent, isLoopbackHost, rolesOf, runsInContainer, urlHost } from './support/topology.js';
import type { Rule, RuleContext } from './types.js';
import { trimTrailing } from '../regexp.js';

interface ExecutionApiUrl {
  url: string;
  /** The setting to report: the URL itself, the `[api] base_url` it is derived from, or nothing set. */
  value: EffectiveValue;
  how: 'set' | 'derived' | 'default';
}

export const executionApiLocal: Rule = {
  meta: {
    id: 'APF150',
    alias: 'execution-api-local',
    description: 'Airflow 3 task processes would call the Execution API on localhost while they run in another container or on another host than the API server.',
    severity: 'error',
    tags: ['deployment'],
    versions: '3.0 and later (the Execution API and `[core] execution_api_server_url` are new in 3.0)',
    messages: {
      set: '{{setting}} is {{url}}, but {{runner}}: there {{host}} is not the API server, so every task fails with "httpx.ConnectError: [Errno 111] Connection refused"{{note}}.',
      derived:
        '[core] execution_api_server_url is not set, so Airflow {{version}} derives {{url}} from {{setting}}, but {{runner}}: there {{host}} is not the API server, so every task fails with "httpx.ConnectError: [Errno 111] Connection refused"{{note}}.',
      default:
        '[core] execution_api_server_url and [api] base_url are not set, so Airflow {{version}} sends task processes to {{url}}, but {{runner}}: there {{host}} is not the API server, so every task fails with "httpx.ConnectError: [Errno 111] Connection refused".',
    },
  },
  check(context) {
    const facts = context.knowledge.executionApi;
    if (!facts) return;
    const component = currentComponent(context);
    const runner = taskRunner(context, component);
    if (!runner) return;
    // A Celery worker may share a host with the API server outside containers; a pod or container never does.
    const severity = runner.certain ? 'error' : 'warning';
    const target = executionApiUrl(context, facts.defaultServerUrl, facts.serverUrlForBaseUrl);
    if (!target) return;
    const host = urlHost(target.url);
    if (!isLoopbackHost(host)) return;
    // The Helm chart points workers at its API server service unless values override it.
    if (component?.kind === 'helm' && target.how === 'default') return;
    const data = { url: target.url, host: host ?? '', runner: runner.text, version: context.knowledge.airflowVersion };
    const fix = fixFor(context, component);
    if (target.how === 'default') {
      const anchor = defaultAnchor(context, component);
      if (anchor) context.report({ messageId: 'default', data, file: anchor.file, span: anchor.span, fix, severity });
      return;
    }
    reportValue(context, target.value, { messageId: target.how, data, fix, severity });
  },
};

/** Who runs tasks away from the API server, in words; undefined when nothing says they do. */
function taskRunner(context: RuleContext, component: ComponentView | undefined): { text: string; certain: boolean } | undefined {
  if (component && runsInContainer(component)) {
    const roles = rolesOf(component);
    // Worded by role, not by name: services sharing the line (an anchor) then make one finding.
    const unit = component.kind === 'compose' ? 'service' : 'pod';
    const place = component.kind === 'compose' ? 'its own container' : 'its own pod';
    if (roles.has('standalone') || roles.has('api-server')) return undefined;
    if (roles.has('worker')) return { text: `the Celery worker ${unit} runs tasks in ${place}`, certain: true };
    if (roles.has('scheduler') && localExecutorOnly(context)) return { text: `the scheduler ${unit} runs tasks (LocalExecutor) in ${place}`, certain: true };
    return undefined;
  }
  const remote = distributedExecutors(context);
  if (remote.length === 0) return undefined;
  const text = `${remote.join(' and ')} ${remote.length > 1 ? 'run' : 'runs'} tasks in worker processes on other hosts or pods`;
  return { text, certain: remote.some((alias) => alias !== 'CeleryExecutor') };
}

function localExecutorOnly(context: RuleContext): boolean {
  const executor = configuredExecutor(context);
  return executor !== undefined && executor.setting.entries.length > 0 && executor.setting.entries.every((entry) => entry.coreAlias === 'LocalExecutor');
}

/** Configured core executors that a provider ships (Celery, Kubernetes): their tasks run elsewhere. */
function distributedExecutors(context: RuleContext): string[] {
  const executor = configuredExecutor(context);
  if (!executor) return [];
  const shipped = new Set(Object.values(context.knowledge.executorProviders ?? {}).flatMap((provider) => provider.executors));
  return executor.setting.entries.flatMap((entry) => (entry.coreAlias && shipped.has(entry.coreAlias) ? [entry.coreAlias] : []));
}

function executionApiUrl(context: RuleContext, defaultUrl: string, derived: Record<string, string>): ExecutionApiUrl | undefined {
  const value = effectiveOption(context, 'core', 'execution_api_server_url');
  if (value && value.origin !== 'default') {
    const resolved = resolveValue(context, value);
    return resolved.known && resolved.text.trim() !== '' ? { url: resolved.text.trim(), value, how: 'set' } : undefined;
  }
  const base = effectiveOption(context, 'api', 'base_url');
  if (base && base.origin !== 'default') {
    const resolved = resolveValue(context, base);
    if (!resolved.known) return undefined;
    const url = deriveFromBaseUrl(resolved.text.trim(), derived);
    return url ? { url, value: base, how: 'derived' } : undefined;
  }
  return { url: defaultUrl, value: unsetValue('core', 'execution_api_server_url'), how: 'default' };
}

/**
 * Applies what the release was seen to do with a probe base URL (an absolute and a relative one) to
 * the configured base URL: the same prefix replaced, the same suffix kept.
 */
function deriveFromBaseUrl(base: string, derived: Record<string, string>): string | undefined {
  const relative = base.startsWith('/');
  for (const [probe, result] of Object.entries(derived)) {
    if (probe.startsWith('/') !== relative) continue;
    const at = result.indexOf(probe);
    if (at === -1) return undefined;
    const suffix = result.slice(at + probe.length);
    return `${result.slice(0, at)}${trimTrailing(base, '/')}${suffix}`;
  }
  return undefined;
}

/** Where to point at a setting nobody wrote: the compose service's command, else the executor line. */
function defaultAnchor(context: RuleContext, component: ComponentView | undefined) {
  const command = component?.service?.commands.find((candidate) => candidate.key === 'command');
  if (component?.kind === 'compose' && command) return { file: component.file, span: command.span };
  const executor = configuredExecutor(context);
  if (executor?.value.location) return { file: executor.value.location.file, span: executor.value.location.span };
  return undefined;
}

function fixFor(context: RuleContext, component: ComponentView | undefined): string {
  const apiServer = component?.kind === 'compose' ? apiServerService(context, component.file) : undefined;
  const port = effectiveOption(context, 'api', 'port');
  const portText = port?.value && /^\d+$/.test(port.value.trim()) ? port.value.trim() : '8080';
  const example = apiServer ? `http://${apiServer}:${portText}/execution/` : 'the API server\'s address as workers reach it, ending in /execution/';
  return `Set AIRFLOW__CORE__EXECUTION_API_SERVER_URL for every component that runs tasks to ${example}.`;
}

function apiServerService(context: RuleContext, file: string): string | undefined {
  const services = context.repository?.components.filter((candidate) => candidate.kind === 'compose' && candidate.file === file) ?? [];
  return services.find((candidate) => rolesOf(candidate).has('api-server'))?.service?.name;
}
