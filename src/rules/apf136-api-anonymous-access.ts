import type { EffectiveValue } from '../config/types.js';
import type { ApiAuthFacts } from '../knowledge/types.js';
import { splitWithOffsets } from './support/split.js';
import { airflowBoolean, effectiveOption, reportValue, resolveValue, settingName, spanInValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

export const apiAnonymousAccess: Rule = {
  meta: {
    id: 'APF136',
    alias: 'api-anonymous-access',
    description: 'The REST API lets requests without credentials in.',
    severity: 'warning',
    tags: ['exposure', 'security'],
    versions:
      "2.x: [api] auth_backends, backends the release's own check lets anonymous requests through; 3.x: the auth manager's settings that hand out tokens without credentials (from the knowledge data)",
    messages: {
      backend:
        '{{setting}} lists {{backend}}, which lets every request in without credentials: the REST API accepts a request as soon as one of its backends does, so anyone who reaches the webserver can call it{{note}}.',
      manager:
        '{{setting}} is {{value}}: the {{manager}} auth manager ({{managerSetting}}) hands a token to any caller without asking for credentials, so anyone who reaches the API server or the UI acts as admin{{note}}.',
    },
  },
  check(context) {
    const api = context.knowledge.api;
    if (!api) return;
    if (api.authBackends) checkBackends(context, api);
    if (api.authManagers) checkManager(context, api);
  },
};

/** 2.x: each comma-separated module of [api] auth_backends, as Airflow's load_auth splits them. */
function checkBackends(context: RuleContext, api: ApiAuthFacts): void {
  const value = effectiveOption(context, 'api', 'auth_backends');
  if (!value) return;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return;
  // Positions inside the written value are only meaningful when no `$VAR` was expanded.
  const sameText = resolved.text === value.value;
  const safe = (api.defaultAuthBackends ?? []).filter((name) => api.authBackends?.[name]?.anonymous !== 'allowed');
  for (const part of splitWithOffsets(resolved.text, ',')) {
    const name = part.text.trim();
    if (api.authBackends?.[name]?.anonymous !== 'allowed') continue;
    const offset = part.offset + part.text.indexOf(name);
    reportValue(context, value, {
      messageId: 'backend',
      data: { backend: name },
      span: sameText ? spanInValue(value, offset, name.length) : undefined,
      fix: `Remove ${name} from [api] auth_backends${safe.length > 0 ? `; this release's default is \`${safe.join(',')}\`` : ''}, and give API clients credentials.`,
    });
  }
}

/** 3.x: the configured auth manager, then the settings under which it lets anyone in. */
function checkManager(context: RuleContext, api: ApiAuthFacts): void {
  const managerValue = effectiveOption(context, 'core', 'auth_manager');
  if (!managerValue) return;
  const manager = resolveValue(context, managerValue);
  if (!manager.known) return;
  const path = manager.text.trim();
  const fact = api.authManagers?.[path];
  if (!fact) return;
  for (const setting of fact.anonymousAccessWhen) {
    const value = effectiveOption(context, setting.section, setting.option);
    if (!value) continue;
    const resolved = resolveValue(context, value);
    if (!resolved.known || airflowBoolean(resolved.text) !== true) continue;
    reportValue(context, value, {
      messageId: 'manager',
      data: { value: resolved.text.trim(), manager: className(path), managerSetting: describeManager(managerValue) },
      fix: `Set \`${setting.option} = False\` under [${setting.section}] and give users accounts (or configure an auth manager with a login).`,
    });
  }
}

function className(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

function describeManager(value: EffectiveValue): string {
  return value.origin === 'default' ? "the release's default" : settingName(value);
}
