import type { RuleContext } from '../types.js';
import { optionExists } from './value.js';

export interface KeyOption {
  section: string;
  option: string;
}

/**
 * Secret keys the rules look at, each only where the target release has it: `[webserver] secret_key`
 * (2.x), `[api] secret_key` and `[api_auth] jwt_secret` (3.x). Reading `[api] secret_key` also follows
 * the old `[webserver]` place through the release's deprecated options.
 */
const SIGNING_KEYS: readonly KeyOption[] = [
  { section: 'webserver', option: 'secret_key' },
  { section: 'api', option: 'secret_key' },
  { section: 'api_auth', option: 'jwt_secret' },
];

export function signingKeys(context: RuleContext): KeyOption[] {
  return SIGNING_KEYS.filter((key) => optionExists(context, key.section, key.option));
}

/** The Fernet key and the signing keys of the target release. */
export function secretKeys(context: RuleContext): KeyOption[] {
  const fernet = optionExists(context, 'core', 'fernet_key') ? [{ section: 'core', option: 'fernet_key' }] : [];
  return [...fernet, ...signingKeys(context)];
}
