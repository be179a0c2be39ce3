// Airflow passes every value it reads through `expand_env_var`: os.path.expandvars then os.path.expanduser,
// repeated until the text stops changing. Python's posixpath rules are reproduced here because no Node
// library has them exactly: `$name` / `${name}` with `name` made of [A-Za-z0-9_]; an unknown variable is
// left as written; `${VAR:-default}` is not shell syntax to Python and stays literal.
import { replaceDollarReferences } from '../../regexp.js';

/** Looks a variable up among the ones the check knows (e.g. from --env-file); undefined when unknown. */
export type VariableLookup = (name: string) => string | undefined;

export interface Expansion {
  /** The text with every known variable replaced. */
  text: string;
  /** Variables (and a leading `~`) that only the running process can resolve. */
  unresolved: string[];
}

const NAME = /^\w+$/;
/** expand_env_var loops until stable; a self-referencing variable must not loop forever here. */
const MAX_ROUNDS = 20;
/** Nor may `A=$A$A` double the text twenty times. */
const MAX_LENGTH = 1_000_000;

export function expandEnvVar(value: string, lookup: VariableLookup): Expansion {
  const unresolved = new Set<string>();
  let text = value;
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const next = expandVars(text, lookup, unresolved);
    if (next === text || next.length > MAX_LENGTH) break;
    text = next;
  }
  if (text.startsWith('~')) unresolved.add('~');
  return { text, unresolved: [...unresolved] };
}

function expandVars(text: string, lookup: VariableLookup, unresolved: Set<string>): string {
  return replaceDollarReferences(text, (name, _braced, whole) => {
    // posixpath only looks names up; `${VAR:-x}` names a variable no environment can hold.
    if (!NAME.test(name)) return whole;
    const known = lookup(name);
    if (known === undefined) {
      unresolved.add(name);
      return whole;
    }
    return known;
  });
}
