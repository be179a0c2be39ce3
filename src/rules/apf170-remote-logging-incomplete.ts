import type { EffectiveValue } from '../config/types.js';
import { currentComponent } from './support/topology.js';
import { airflowBoolean, effectiveOption, reportValue, resolveValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

export const remoteLoggingIncomplete: Rule = {
  meta: {
    id: 'APF170',
    alias: 'remote-logging-incomplete',
    description: 'Remote logging half configured: switched on without a target Airflow recognises, with a connection id nothing defines, or remote-only options set while it is off.',
    severity: 'error',
    tags: ['production'],
    versions: 'all (the targets and options come from each release\'s own logging config)',
    messages: {
      'no-target':
        '[logging] remote_logging is on, but {{why}}: Airflow {{version}} refuses to load its logging configuration, so every command (scheduler, workers, `airflow db migrate`) fails at start with "Incorrect remote log configuration"{{note}}.',
      'unknown-connection':
        '{{setting}} is "{{connection}}", but this service defines connections {{defined}} and none named "{{connection}}": unless the metastore or a secrets backend holds it, task logs are not uploaded ({{variable}} would define it){{note}}.',
      'remote-only':
        '{{setting}} is set, but [logging] remote_logging is off: Airflow {{version}} reads it only for remote logging, so it has no effect{{note}}.',
    },
  },
  check(context) {
    const facts = context.knowledge.remoteLogging;
    const enabled = effectiveOption(context, 'logging', 'remote_logging');
    if (!facts || !enabled || customLoggingConfig(context)) return;
    const resolved = resolveValue(context, enabled);
    if (!resolved.known) return;
    if (airflowBoolean(resolved.text) === true) {
      checkTarget(context, enabled);
      checkConnection(context);
      return;
    }
    if (airflowBoolean(resolved.text) === false) checkRemoteOnly(context);
  },
};

/** A `logging_config_class` replaces the default logging config, and with it all of these checks. */
function customLoggingConfig(context: RuleContext): boolean {
  const value = effectiveOption(context, 'logging', 'logging_config_class');
  return value !== undefined && (value.variant !== 'value' || (value.value ?? '').trim() !== '');
}

function checkTarget(context: RuleContext, enabled: EffectiveValue): void {
  const facts = context.knowledge.remoteLogging;
  if (!facts?.refusesWithoutTarget) return;
  for (const { section, option } of facts.hostOptions) {
    const host = context.config.get(section, option);
    if (!host) continue;
    const text = resolveValue(context, host);
    if (!text.known || text.text.trim() !== '') return;
  }
  const folder = effectiveOption(context, 'logging', 'remote_base_log_folder');
  const text = folder ? resolveValue(context, folder) : undefined;
  if (folder && (folder.variant !== 'value' || !text?.known)) return;
  const written = text?.known ? text.text.trim() : '';
  if (facts.folderPrefixes.some((prefix) => written.startsWith(prefix))) return;
  const targets = `${facts.folderPrefixes.join(', ')}${facts.hostOptions.map((h) => `, [${h.section}] ${h.option}`).join('')}`;
  const why = written === ''
    ? `neither [logging] remote_base_log_folder nor ${facts.hostOptions.map((h) => `[${h.section}] ${h.option}`).join(' or ')} is set`
    : `[logging] remote_base_log_folder "${written}" starts with none of the prefixes Airflow knows`;
  const anchor = folder && folder.origin !== 'default' ? folder : enabled;
  reportValue(context, anchor, {
    messageId: 'no-target',
    data: { why, version: context.knowledge.airflowVersion },
    fix: `Set [logging] remote_base_log_folder to a location with one of ${targets}, or turn remote logging off.`,
  });
}

/** Only where the service's own variables show connections are defined there (AIRFLOW_CONN_…). */
function checkConnection(context: RuleContext): void {
  const value = effectiveOption(context, 'logging', 'remote_log_conn_id');
  if (!value || value.origin === 'default') return;
  const resolved = resolveValue(context, value);
  if (!resolved.known || resolved.text.trim() === '' || secretsBackend(context)) return;
  const connection = resolved.text.trim();
  const names = (currentComponent(context)?.service?.environment ?? []).map((entry) => entry.name).filter((name) => name.startsWith('AIRFLOW_CONN_'));
  const variable = `AIRFLOW_CONN_${connection.toUpperCase()}`;
  if (names.length === 0 || names.includes(variable)) return;
  reportValue(context, value, {
    messageId: 'unknown-connection',
    data: { connection, defined: names.map((name) => name.slice('AIRFLOW_CONN_'.length).toLowerCase()).join(', '), variable },
    severity: 'warning',
    fix: `Define the connection (${variable}, the metastore or a secrets backend), or set remote_log_conn_id to one that exists.`,
  });
}

function secretsBackend(context: RuleContext): boolean {
  const backend = effectiveOption(context, 'secrets', 'backend');
  if (!backend) return false;
  const resolved = resolveValue(context, backend);
  return !resolved.known || resolved.text.trim() !== '';
}

function checkRemoteOnly(context: RuleContext): void {
  for (const { section, option } of context.knowledge.remoteLogging?.optionsReadOnlyWhenRemote ?? []) {
    if (section !== 'logging') continue;
    const value = effectiveOption(context, section, option);
    if (!value || value.origin === 'default') continue;
    const resolved = resolveValue(context, value);
    // A false boolean or an empty value asks for nothing.
    if (resolved.known && (resolved.text.trim() === '' || airflowBoolean(resolved.text) === false)) continue;
    reportValue(context, value, {
      messageId: 'remote-only',
      data: { version: context.knowledge.airflowVersion },
      severity: 'notice',
      fix: 'Remove the line, or turn remote logging on with a remote_base_log_folder if the logs should leave the machine.',
    });
  }
}
