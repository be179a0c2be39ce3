import { fernetParts, isFernetKey, isPlaceholder, isPublishedFernetKey } from './support/keys.js';
import { effectiveOption, reportValue, resolveValue, spanInValue } from './support/value.js';
import type { Rule } from './types.js';

const FIX =
  'Generate a key with `python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`, keep it out of the repository (fernet_key_cmd, fernet_key_secret or AIRFLOW__CORE__FERNET_KEY), and list old keys after it, comma-separated, while rotating.';

export const fernetKeyInvalid: Rule = {
  meta: {
    id: 'APF121',
    alias: 'fernet-key-invalid',
    description: 'A Fernet key that is not 32 bytes of URL-safe base64, a placeholder, or a key published on the internet.',
    severity: 'error',
    tags: ['security'],
    versions: 'all',
    messages: {
      malformed:
        '{{which}}{{setting}} is not 32 URL-safe base64-encoded bytes: Airflow fails with "Fernet key must be 32 url-safe base64-encoded bytes" when it reads or writes a connection or variable{{note}}.',
      placeholder: '{{which}}{{setting}} is a placeholder, not a key: Airflow cannot encrypt or decrypt with it{{note}}.',
      published:
        '{{which}}{{setting}} is a key published in public examples: anyone can decrypt the connections and variables in the metastore{{note}}.',
    },
  },
  check(context) {
    const value = effectiveOption(context, 'core', 'fernet_key');
    if (!value) return;
    const resolved = resolveValue(context, value);
    if (!resolved.known || resolved.text.trim() === '') return;
    const parts = fernetParts(resolved.text);
    parts.forEach((part, index) => {
      const messageId = isPublishedFernetKey(part.key)
        ? 'published'
        : isPlaceholder(part.key)
          ? 'placeholder'
          : isFernetKey(part.key)
            ? undefined
            : 'malformed';
      if (!messageId) return;
      reportValue(context, value, {
        messageId,
        data: { which: parts.length > 1 ? `Key ${index + 1} of ${parts.length} in ` : '' },
        span: parts.length > 1 ? spanInValue(value, part.offset, part.key.length) : undefined,
        fix: FIX,
      });
    });
  },
};
