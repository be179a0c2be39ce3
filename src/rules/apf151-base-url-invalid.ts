import { isLoopbackHost, urlHost } from './support/topology.js';
import { airflowBoolean, effectiveOption, reportValue, resolveValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';
import { trimTrailing } from '../regexp.js';

/** Probe values the knowledge data records the release's mounting code for. */
const TRAILING_SLASH_PROBE = 'https://airflow.example.com/prefix/';
const NO_SCHEME_PROBE = 'airflow.example.com/prefix';
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

export const baseUrlInvalid: Rule = {
  meta: {
    id: 'APF151',
    alias: 'base-url-invalid',
    description: 'The UI\'s base URL (`[webserver] base_url` on 2.x, `[api] base_url` on 3.x) has no scheme, a trailing slash the release refuses, or points at localhost behind a proxy.',
    severity: 'error',
    tags: ['deployment'],
    versions: 'all (which option, and what the release does with each form, come from the knowledge data)',
    messages: {
      'no-scheme':
        '{{setting}} "{{url}}" has no scheme: Airflow {{version}} takes the whole text as the path the UI is served under ({{root}}) instead of a host name, so the UI is not found where users open it and links built from the base URL (log links, e-mail and alert links) are broken{{note}}.',
      'trailing-slash':
        '{{setting}} ends with "/": Airflow {{version}} refuses it and the webserver does not start ("webserver.base_url conf cannot have a trailing slash."){{note}}.',
      'localhost-behind-proxy':
        '{{setting}} is on {{host}}, but the UI is served behind a proxy ([webserver] enable_proxy_fix is True): links Airflow builds from the base URL — log links, e-mail and alert links, login redirects — point at {{host}}, which users cannot reach{{note}}.',
    },
  },
  check(context) {
    const facts = context.knowledge.baseUrl;
    if (!facts) return;
    const value = effectiveOption(context, facts.section, facts.option);
    if (!value || value.origin === 'default') return;
    const resolved = resolveValue(context, value);
    if (!resolved.known) return;
    const url = resolved.text.trim();
    if (url === '') return;
    const version = context.knowledge.airflowVersion;
    if (url.endsWith('/') && facts.rootPathFor[TRAILING_SLASH_PROBE] === null) {
      reportValue(context, value, { messageId: 'trailing-slash', data: { version }, fix: `Write it without the trailing slash: ${trimTrailing(url, '/')}` });
      return;
    }
    if (!SCHEME.test(url) && !url.startsWith('/')) {
      // Only where the release was seen to mount the UI under the host name taken as a path.
      const root = facts.rootPathFor[NO_SCHEME_PROBE];
      if (!root?.startsWith(NO_SCHEME_PROBE)) return;
      reportValue(context, value, {
        messageId: 'no-scheme',
        data: { url, version, root: `"${trimTrailing(url, '/')}/"` },
        fix: `Write the full URL users open, with its scheme: https://${trimTrailing(url, '/')}`,
      });
      return;
    }
    const host = urlHost(url);
    // enable_proxy_fix is the 2.x webserver's switch for running behind a proxy.
    if (facts.section === 'webserver' && isLoopbackHost(host) && behindProxy(context)) {
      reportValue(context, value, {
        messageId: 'localhost-behind-proxy',
        data: { host: host ?? '' },
        severity: 'warning',
        fix: 'Set the base URL to the public address of the proxy, with the path prefix the proxy serves Airflow under (https://airflow.example.com/airflow).',
      });
    }
  },
};

function behindProxy(context: RuleContext): boolean {
  const value = effectiveOption(context, 'webserver', 'enable_proxy_fix');
  if (!value || value.origin === 'default') return false;
  const resolved = resolveValue(context, value);
  return resolved.known && airflowBoolean(resolved.text) === true;
}
