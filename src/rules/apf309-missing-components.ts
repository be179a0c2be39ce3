import type { ComponentView } from '../components/types.js';
import type { ComposeFile, ComposeService } from '../sources/compose.js';
import type { HelmValues } from '../sources/helm.js';
import type { Span } from '../reader/types.js';
import { mapGet, nodeSpan, offsetSpan, scalarText } from '../sources/yaml.js';
import { serviceRoles, type AirflowRole } from './support/topology.js';
import { airflowBoolean, locateValue, resolveValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

export const missingComponents: Rule = {
  meta: {
    id: 'APF309',
    alias: 'missing-components',
    description: 'A compose file or Helm values run a component the release does not have (`webserver` on Airflow 3), or leave out one it needs (the DAG processor, a triggerer for deferrable operators).',
    severity: 'error',
    tags: ['deployment'],
    versions: 'all; the webserver and DAG-processor checks matter from 3.0 (see the doc)',
    messages: {
      'no-such-command':
        '{{service}} runs `airflow {{command}}`, which Airflow {{version}} no longer has: the command stops with "airflow command error" and the service exits at once. The UI and REST API are served by `airflow {{replacement}}`.',
      'no-dag-processor':
        '{{service}} runs the scheduler, but no service runs `airflow dag-processor`: {{why}}, so no DAG file is ever parsed and no DAG shows up in the UI.',
      'dag-processor-disabled':
        'dagProcessor.enabled is false, but {{why}}: no DAG file is ever parsed and no DAG shows up in the UI.',
      'no-triggerer':
        '{{setting}} makes operators deferrable by default, but {{where}} runs no triggerer: deferred tasks never resume and stay in the "deferred" state until they time out.',
    },
  },
  scope: 'repository',
  check(context) {
    for (const compose of context.repository?.compose ?? []) checkCompose(context, compose);
    for (const values of context.repository?.helm ?? []) checkHelm(context, values);
  },
};

function checkCompose(context: RuleContext, compose: ComposeFile): void {
  const services = compose.services.filter((service) => service.runsAirflow).map((service) => ({ service, roles: serviceRoles(service) }));
  const commands = context.knowledge.cli?.commands;
  const version = context.knowledge.airflowVersion;
  if (commands && !commands['webserver'] && commands['api-server']) {
    for (const { service } of services.filter((entry) => entry.roles.has('webserver'))) {
      context.report({
        messageId: 'no-such-command',
        data: { service: service.name, command: 'webserver', version, replacement: 'api-server' },
        file: compose.file,
        span: wordSpan(compose, service, /webserver/) ?? service.nameSpan,
        fix: 'Run `api-server` instead (command: api-server), on the port it serves (8080 by default).',
      });
    }
  }
  if (services.some((entry) => entry.roles.has('standalone'))) return;
  const has = (role: AirflowRole) => services.some((entry) => entry.roles.has(role));
  const scheduler = services.find((entry) => entry.roles.has('scheduler'));
  const schedulerComponent = scheduler && componentOf(context, compose.file, scheduler.service);
  if (scheduler && schedulerComponent && !has('dag-processor')) {
    const why = dagProcessorNeeded(context, schedulerComponent);
    if (why) {
      context.report({
        messageId: 'no-dag-processor',
        data: { service: scheduler.service.name, why },
        file: compose.file,
        span: wordSpan(compose, scheduler.service, /scheduler/) ?? scheduler.service.nameSpan,
        fix: 'Add a service that runs `airflow dag-processor` with the same image, configuration and DAG folder as the scheduler.',
      });
    }
  }
  if (scheduler && schedulerComponent && !has('triggerer')) reportNoTriggerer(context, schedulerComponent, 'this compose file');
}

function checkHelm(context: RuleContext, values: HelmValues): void {
  const component = context.repository?.components.find((candidate) => candidate.kind === 'helm' && candidate.file === values.file);
  if (!component) return;
  const root = values.root;
  const dagProcessor = enabledFlag(values, mapGet(values.yaml, root, 'dagProcessor')?.value);
  if (dagProcessor?.enabled === false) {
    const why = dagProcessorNeeded(context, component);
    if (why) {
      context.report({
        messageId: 'dag-processor-disabled',
        data: { why },
        file: values.file,
        span: dagProcessor.span,
        fix: 'Remove `enabled: false` under dagProcessor (the chart enables it for Airflow 3).',
      });
    }
  }
  const triggerer = enabledFlag(values, mapGet(values.yaml, root, 'triggerer')?.value);
  if (triggerer?.enabled === false) reportNoTriggerer(context, component, 'these values (triggerer.enabled is false)');
}

/** Why the release needs a separate DAG processor; undefined when the scheduler parses DAG files itself. */
function dagProcessorNeeded(context: RuleContext, component: ComponentView): string | undefined {
  const version = context.knowledge.airflowVersion;
  if (!context.knowledge.cli?.commands['dag-processor']) return undefined;
  const option = context.knowledge.sections['scheduler']?.options['standalone_dag_processor'];
  if (!option) return `Airflow ${version} has no [scheduler] standalone_dag_processor: its scheduler never parses DAG files, the DAG processor does`;
  const value = component.config.get('scheduler', 'standalone_dag_processor');
  if (!value || value.origin === 'default') return undefined;
  const resolved = resolveValue(contextFor(context, component), value);
  return resolved.known && airflowBoolean(resolved.text) === true ? '[scheduler] standalone_dag_processor is True, so the scheduler leaves DAG parsing to it' : undefined;
}

function reportNoTriggerer(context: RuleContext, component: ComponentView, where: string): void {
  const value = component.config.get('operators', 'default_deferrable');
  if (!value || value.origin === 'default' || !context.knowledge.sections['operators']?.options['default_deferrable']) return;
  const scoped = contextFor(context, component);
  const resolved = resolveValue(scoped, value);
  if (!resolved.known || airflowBoolean(resolved.text) !== true) return;
  const location = locateValue(scoped, value);
  context.report({
    messageId: 'no-triggerer',
    data: { setting: '[operators] default_deferrable', where },
    file: location.file,
    span: location.span,
    severity: 'warning',
    fix: 'Run a triggerer (`airflow triggerer`, or triggerer.enabled: true in the chart), or set default_deferrable back to False.',
  });
}

/** The rule context seen from one component, for the value helpers that read `context.config`. */
function contextFor(context: RuleContext, component: ComponentView): RuleContext {
  return { ...context, config: component.config, file: component.file };
}

function componentOf(context: RuleContext, file: string, service: ComposeService): ComponentView | undefined {
  return context.repository?.components.find((candidate) => candidate.kind === 'compose' && candidate.file === file && candidate.service?.name === service.name);
}

/** `enabled:` under a chart key, when written as a boolean. */
function enabledFlag(values: HelmValues, node: unknown): { enabled: boolean; span: Span } | undefined {
  const entry = mapGet(values.yaml, node, 'enabled');
  const text = scalarText(values.yaml, entry?.value);
  const span = nodeSpan(values.yaml, entry?.keyNode);
  if (text === undefined || !span) return undefined;
  const enabled = airflowBoolean(text);
  return enabled === undefined ? undefined : { enabled, span };
}

/** The span of a word inside the service's `command:`, found in the command node's own text. */
function wordSpan(compose: ComposeFile, service: ComposeService, word: RegExp): Span | undefined {
  for (const command of service.commands) {
    const range = (command.node as { range?: [number, number, number] }).range;
    if (!range) continue;
    const match = word.exec(compose.yaml.text.slice(range[0], range[1]));
    if (match) return offsetSpan(compose.yaml, range[0] + match.index, range[0] + match.index + match[0].length);
  }
  return undefined;
}
