// Reads `[core] executor` the way ExecutorLoader does: a comma-separated list (where the release accepts
// one), each entry a core alias, a module path, or (with lists) `alias:module.path`.
import type { EffectiveValue } from '../../config/types.js';
import { nearest } from './did-you-mean.js';
import type { ExecutorFacts } from '../../knowledge/types.js';
import type { RuleContext } from '../types.js';
import { splitWithOffsets } from './split.js';
import { effectiveOption, resolveValue } from './value.js';

export interface ExecutorEntry {
  /** The entry as Airflow strips it. */
  name: string;
  /** Offset of the entry in the value text. */
  offset: number;
  /** The core alias it names, when it names one. */
  coreAlias: string | undefined;
}

export type ExecutorProblem =
  | { kind: 'multiline' }
  | { kind: 'inline-comment'; offset: number }
  | { kind: 'list-not-accepted'; offset: number }
  | { kind: 'empty-entry'; offset: number }
  | { kind: 'unknown-alias'; entry: ExecutorEntry; suggestion: string | undefined }
  | { kind: 'malformed-path'; entry: ExecutorEntry }
  | { kind: 'duplicate'; entry: ExecutorEntry };

export interface ExecutorSetting {
  entries: ExecutorEntry[];
  problems: ExecutorProblem[];
}

const INLINE_COMMENT = /\s[#;]/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseExecutorSetting(value: string, facts: ExecutorFacts): ExecutorSetting {
  const problems: ExecutorProblem[] = [];
  if (value.includes('\n')) problems.push({ kind: 'multiline' });
  const comment = INLINE_COMMENT.exec(value);
  if (comment) problems.push({ kind: 'inline-comment', offset: comment.index + 1 });
  const parts = facts.acceptsList ? splitWithOffsets(value, ',') : [{ text: value, offset: 0 }];
  if (!facts.acceptsList && value.includes(',')) problems.push({ kind: 'list-not-accepted', offset: value.indexOf(',') });
  const entries: ExecutorEntry[] = [];
  for (const part of parts) {
    const name = part.text.trim();
    const offset = part.offset + (part.text.length - part.text.trimStart().length);
    if (name === '') {
      if (parts.length > 1) problems.push({ kind: 'empty-entry', offset: part.offset });
      continue;
    }
    const entry = { name, offset, coreAlias: Object.hasOwn(facts.coreExecutors, name) ? name : undefined };
    entries.push(entry);
  }
  if (comment || value.includes('\n') || (!facts.acceptsList && value.includes(','))) return { entries, problems };
  for (const entry of entries) {
    const problem = entryProblem(entry, facts);
    if (problem) problems.push(problem);
  }
  problems.push(...duplicates(entries, facts));
  return { entries, problems };
}

function entryProblem(entry: ExecutorEntry, facts: ExecutorFacts): ExecutorProblem | undefined {
  if (entry.coreAlias) return undefined;
  // `alias:module.path` came with the list syntax; before it, a colon is just part of a bad import path.
  const path = facts.acceptsList ? aliasedPath(entry.name) : entry.name;
  if (path === undefined) return { kind: 'malformed-path', entry };
  if (!path.includes('.')) {
    if (path !== entry.name) return { kind: 'malformed-path', entry };
    return { kind: 'unknown-alias', entry, suggestion: suggestAlias(entry.name, facts) };
  }
  if (!path.split('.').every((segment) => IDENTIFIER.test(segment))) return { kind: 'malformed-path', entry };
  return undefined;
}

/** The module path of `alias:module.path` (or the name itself); undefined when Airflow rejects the form. */
function aliasedPath(name: string): string | undefined {
  const pieces = name.split(':');
  if (pieces.length === 1) return name;
  if (pieces.length > 2) return undefined;
  const [alias, path] = pieces as [string, string];
  if (alias === '' || path === '') return undefined;
  return path;
}

function duplicates(entries: readonly ExecutorEntry[], facts: ExecutorFacts): ExecutorProblem[] {
  const seen = new Set<string>();
  const problems: ExecutorProblem[] = [];
  for (const entry of entries) {
    const module = entry.coreAlias ? facts.coreExecutors[entry.coreAlias] : entry.name.split(':').at(-1);
    if (module === undefined) continue;
    if (seen.has(module)) problems.push({ kind: 'duplicate', entry });
    seen.add(module);
  }
  return problems;
}

/** A core alias that differs only in case or by a small typo. */
export function suggestAlias(name: string, facts: ExecutorFacts): string | undefined {
  const aliases = Object.keys(facts.coreExecutors);
  const lower = name.toLowerCase();
  const sameCase = aliases.find((alias) => alias.toLowerCase() === lower);
  if (sameCase) return sameCase;
  return nearest(lower, aliases, true, 3)?.candidate;
}


export interface ConfiguredExecutor {
  value: EffectiveValue;
  /** The value after `$VAR` expansion. */
  text: string;
  setting: ExecutorSetting;
}

/** `[core] executor` as Airflow will read it; undefined when only the running process can know it. */
export function configuredExecutor(context: RuleContext): ConfiguredExecutor | undefined {
  const value = effectiveOption(context, 'core', 'executor');
  if (!value) return undefined;
  const resolved = resolveValue(context, value);
  if (!resolved.known) return undefined;
  return { value, text: resolved.text, setting: parseExecutorSetting(resolved.text, context.knowledge.executors) };
}
