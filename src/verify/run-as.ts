/** Marks a prefix that must go through `su -c` (one shell string) rather than argv. */
export const SU_PREFIX = 'su';

/** The argv that runs `program args…` through a user-switch prefix (runuser, setpriv or su). */
export function withPrefix(prefix: readonly string[], program: string, args: readonly string[]): string[] {
  if (prefix[0] === SU_PREFIX) {
    const line = [program, ...args].map(shellQuote).join(' ');
    return ['su', '-s', '/bin/sh', prefix[1] ?? 'nobody', '-c', line];
  }
  return [...prefix, program, ...args];
}

export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./=:@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
