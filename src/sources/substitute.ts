// Compose's variable substitution (the compose specification's "Interpolation"), against the
// project's .env only: the shell environment of whoever runs `docker compose up` is unknown here.
// Written by hand because no maintained package exposes where each reference and fallback sits.

/** One `$VAR` / `${VAR…}` reference in a value. Offsets are into the raw value text. */
export interface Substitution {
  name: string;
  /** `:-` / `-` fallback, `:?` / `?` required, `:+` / `+` alternative, or none. */
  operator: ':-' | '-' | ':?' | '?' | ':+' | '+' | undefined;
  /** The text after the operator (a fallback, an error message or an alternative). */
  argument: string | undefined;
  start: number;
  end: number;
  /** Where the substituted text came from. */
  resolution: 'variable' | 'fallback' | 'empty' | 'required-unset';
}

export interface SubstitutedValue {
  value: string;
  substitutions: Substitution[];
}

const REFERENCE = /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-|:\?|\?|:\+|\+)((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Substitutes every reference; `$$` is a literal `$`. Unset variables without fallback become empty. */
export function substitute(raw: string, variables: ReadonlyMap<string, string>): SubstitutedValue {
  const substitutions: Substitution[] = [];
  const value = raw.replace(REFERENCE, (whole, braced: string | undefined, operator: Substitution['operator'], argument: string | undefined, bare: string | undefined, offset: number) => {
    if (whole === '$$') return '$';
    const name = braced ?? bare ?? '';
    const set = variables.get(name);
    const { text, resolution } = resolve(set, operator, argument ?? '', variables);
    substitutions.push({ name, operator, argument, start: offset, end: offset + whole.length, resolution });
    return text;
  });
  return { value, substitutions };
}

function resolve(
  set: string | undefined,
  operator: Substitution['operator'],
  argument: string,
  variables: ReadonlyMap<string, string>,
): { text: string; resolution: Substitution['resolution'] } {
  const nested = () => substitute(argument, variables).value;
  switch (operator) {
    case ':-':
      return set !== undefined && set !== '' ? { text: set, resolution: 'variable' } : { text: nested(), resolution: 'fallback' };
    case '-':
      return set !== undefined ? { text: set, resolution: 'variable' } : { text: nested(), resolution: 'fallback' };
    case ':?':
    case '?':
      return set !== undefined && (operator === '?' || set !== '') ? { text: set, resolution: 'variable' } : { text: '', resolution: 'required-unset' };
    case ':+':
      return set !== undefined && set !== '' ? { text: nested(), resolution: 'variable' } : { text: '', resolution: 'empty' };
    case '+':
      return set !== undefined ? { text: nested(), resolution: 'variable' } : { text: '', resolution: 'empty' };
    default:
      return set !== undefined ? { text: set, resolution: 'variable' } : { text: '', resolution: 'empty' };
  }
}
