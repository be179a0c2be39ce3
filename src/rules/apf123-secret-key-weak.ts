import { envVarName } from '../config/effective.js';
import { isPlaceholder, isPublishedSecret } from './support/keys.js';
import { signingKeys, type KeyOption } from './support/key-options.js';
import { effectiveOption, reportValue, resolveValue, unsetValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

/** Airflow's own generated keys are 16 random bytes; anything shorter is easier to guess than those. */
const MIN_LENGTH = 16;

const FIX =
  'Generate one value (`python -c "import secrets; print(secrets.token_urlsafe(32))"`), give the same value to every component through {{option}}_cmd, {{option}}_secret or {{variable}}, and keep it out of the repository.';

export const secretKeyWeak: Rule = {
  meta: {
    id: 'APF123',
    alias: 'secret-key-weak',
    description: 'A signing key (secret_key, jwt_secret) that is missing, a published default, or too short.',
    severity: 'warning',
    tags: ['security'],
    versions: '2.x: [webserver] secret_key; 3.x: [api] secret_key and [api_auth] jwt_secret (from the knowledge data)',
    messages: {
      unsetSecretKey:
        '{{setting}} is empty: every component generates its own key, so signed requests between them fail (403 FORBIDDEN when the UI fetches task logs) and sessions break across processes{{note}}.',
      unsetJwtSecret:
        '{{setting}} is empty: every component generates its own ("jwt_secret was empty, using a generated one"), so tokens from one are rejected by the others ("Signature verification failed"){{note}}.',
      published: '{{setting}} is a well-known value: anyone can forge sessions or tokens and act as any user{{note}}.',
      short: '{{setting}} is only {{length}} characters long: short keys can be guessed, and with them sessions or tokens forged{{note}}.',
    },
  },
  check(context) {
    for (const key of signingKeys(context)) checkKey(context, key);
  },
};

function checkKey(context: RuleContext, key: KeyOption): void {
  if (key.option === 'jwt_secret' && usesPrivateKey(context)) return;
  const value = effectiveOption(context, key.section, key.option) ?? unsetValue(key.section, key.option);
  const resolved = resolveValue(context, value);
  if (!resolved.known) return;
  const text = resolved.text.trim();
  const fix = FIX.replaceAll('{{option}}', key.option).replace('{{variable}}', envVarName(key.section, key.option));
  if (text === '') {
    const messageId = key.option === 'jwt_secret' ? 'unsetJwtSecret' : 'unsetSecretKey';
    reportValue(context, value, { messageId, fix });
  } else if (isPublishedSecret(text) || isPlaceholder(text)) {
    reportValue(context, value, { messageId: 'published', severity: 'error', fix });
  } else if (text.length < MIN_LENGTH) {
    reportValue(context, value, { messageId: 'short', data: { length: text.length }, fix });
  }
}

/** With an asymmetric key (`jwt_private_key_path`), Airflow signs tokens without jwt_secret. */
function usesPrivateKey(context: RuleContext): boolean {
  const path = effectiveOption(context, 'api_auth', 'jwt_private_key_path');
  if (!path) return false;
  const resolved = resolveValue(context, path);
  return !resolved.known || resolved.text.trim() !== '';
}
