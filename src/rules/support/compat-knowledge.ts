// Questions the compatibility rules (APF201–APF209) ask of one release's knowledge data.
// Every answer comes from the generated data; nothing here names an Airflow option or section.
import type { AirflowKnowledge, ConfigChange, DeprecatedOption, FormerOption, OptionFact, SectionFact } from '../../knowledge/types.js';
import { nearest } from './did-you-mean.js';
import type { ConfigDocument, OptionNode, SectionNode } from '../../reader/types.js';

/** Owner the generator gives to sections core keeps fallback defaults for: their option lists are partial. */
const FALLBACK_OWNER = 'core:provider-fallback-defaults';

/** Airflow's suffixes for the command / secret-backend forms of sensitive options. */
const VARIANT_SUFFIXES = ['_cmd', '_secret'] as const;

export interface PlacedOption {
  section: SectionNode;
  node: OptionNode;
}

/** Every option written in a named section of the file, in file order ([DEFAULT] is left out). */
export function placedOptions(document: ConfigDocument | undefined): PlacedOption[] {
  if (!document) return [];
  return document.sections.flatMap((section) => section.options.map((node) => ({ section, node })));
}

export function sectionFact(knowledge: AirflowKnowledge, section: string): SectionFact | undefined {
  return Object.hasOwn(knowledge.sections, section) ? knowledge.sections[section] : undefined;
}

export function optionFact(knowledge: AirflowKnowledge, section: string, option: string): OptionFact | undefined {
  const options = sectionFact(knowledge, section)?.options;
  return options && Object.hasOwn(options, option) ? options[option] : undefined;
}

/** False for sections whose option list is known to be incomplete (provider defaults kept by core). */
export function hasCompleteOptionList(knowledge: AirflowKnowledge, section: string): boolean {
  const fact = sectionFact(knowledge, section);
  return fact !== undefined && fact.owner !== FALLBACK_OWNER;
}

/** `key_cmd` / `key_secret` of a sensitive option, split into the option and its variant suffix. */
export function splitVariant(
  knowledge: AirflowKnowledge,
  section: string,
  key: string,
  isSensitive: (section: string, option: string) => boolean = (s, o) => optionFact(knowledge, s, o)?.sensitive === true,
): { option: string; suffix: string } {
  for (const suffix of VARIANT_SUFFIXES) {
    if (!key.endsWith(suffix)) continue;
    const option = key.slice(0, -suffix.length);
    if (isSensitive(section, option)) return { option, suffix };
  }
  return { option: key, suffix: '' };
}

/** The option at its current place, including the `_cmd` / `_secret` forms of sensitive options. */
export function isKnownOption(knowledge: AirflowKnowledge, section: string, key: string): boolean {
  return optionFact(knowledge, section, splitVariant(knowledge, section, key).option) !== undefined;
}

/** The place the target release still reads an old option from (deprecated_options or deprecated_sections). */
export interface StillReadMove {
  newSection: string;
  newOption: string;
  since: string;
}

export function stillReadMove(knowledge: AirflowKnowledge, section: string, option: string): StillReadMove | undefined {
  const index = indexOf(knowledge);
  const entry = index.deprecatedOptions.get(placeKey(section, option));
  // Airflow follows a rename one step: reading [a] x falls back to the old name of [a] x, never to the
  // old name of that old name. So an entry whose new place is itself an old place is not read.
  if (entry && index.deprecatedOptions.has(placeKey(entry.newSection, entry.newOption))) return undefined;
  if (entry) return { newSection: entry.newSection, newOption: entry.newOption, since: entry.since };
  const renamed = knowledge.deprecatedSections.find((candidate) => candidate.section === section);
  if (renamed) return { newSection: renamed.newSection, newOption: option, since: renamed.since };
  return undefined;
}

/** Sensitivity of an option at its new place, for old keys written with `_cmd` / `_secret`. */
export function isSensitiveOldOption(knowledge: AirflowKnowledge, section: string, option: string): boolean {
  const move = stillReadMove(knowledge, section, option) ?? renameOf(knowledge, section, option);
  const target = move ? { section: move.newSection, option: move.newOption } : { section, option };
  return optionFact(knowledge, target.section, target.option)?.sensitive === true;
}

/** The `airflow config lint` entries of the target release for one old place. */
export function changesAt(knowledge: AirflowKnowledge, section: string, option: string): readonly ConfigChange[] {
  return indexOf(knowledge).configChanges.get(placeKey(section, option)) ?? [];
}

/** The change lists keyed by place: rules ask about every option of every file. */
interface KnowledgeIndex {
  /** The first deprecated_options entry for each old place, as a linear search would find it. */
  deprecatedOptions: Map<string, DeprecatedOption>;
  configChanges: Map<string, ConfigChange[]>;
}

const indexes = new WeakMap<AirflowKnowledge, KnowledgeIndex>();

function indexOf(knowledge: AirflowKnowledge): KnowledgeIndex {
  let index = indexes.get(knowledge);
  if (index) return index;
  index = { deprecatedOptions: new Map(), configChanges: new Map() };
  for (const entry of knowledge.deprecatedOptions) {
    const key = placeKey(entry.section, entry.option);
    if (!index.deprecatedOptions.has(key)) index.deprecatedOptions.set(key, entry);
  }
  for (const change of knowledge.configChanges) {
    const key = placeKey(change.section, change.option);
    const list = index.configChanges.get(key);
    if (list) list.push(change);
    else index.configChanges.set(key, [change]);
  }
  indexes.set(knowledge, index);
  return index;
}

function placeKey(section: string, option: string): string {
  return `${section}\u0000${option}`;
}

export function renameOf(
  knowledge: AirflowKnowledge,
  section: string,
  option: string,
): { newSection: string; newOption: string } | undefined {
  const change = changesAt(knowledge, section, option).find((candidate) => candidate.kind === 'renamed');
  if (!change?.renamedTo) return undefined;
  return { newSection: change.renamedTo.section, newOption: change.renamedTo.option };
}

/** Sections the target's change maps name as the new home of something (they may belong to a provider). */
export function newHomeSections(knowledge: AirflowKnowledge): Set<string> {
  const homes = new Set<string>();
  for (const entry of knowledge.deprecatedOptions) homes.add(entry.newSection);
  for (const entry of knowledge.deprecatedSections) homes.add(entry.newSection);
  for (const change of knowledge.configChanges) if (change.renamedTo) homes.add(change.renamedTo.section);
  return homes;
}

/** Sections the target's change maps (and options earlier releases had) name as an old place of something. */
export function oldPlaceSections(knowledge: AirflowKnowledge): Set<string> {
  const old = new Set<string>();
  for (const entry of knowledge.deprecatedOptions) old.add(entry.section);
  for (const entry of knowledge.deprecatedSections) old.add(entry.section);
  for (const change of knowledge.configChanges) old.add(change.section);
  for (const entry of knowledge.formerOptions ?? []) old.add(entry.section);
  return old;
}

/** An option an earlier release declared that the target silently ignores (not in its change maps). */
export function formerOption(knowledge: AirflowKnowledge, section: string, option: string): FormerOption | undefined {
  return knowledge.formerOptions?.find((entry) => entry.section === section && entry.option === option);
}

/** True when the option's place is described by the target's change maps or former options (another rule speaks for it). */
export function isDescribedChange(knowledge: AirflowKnowledge, section: string, option: string): boolean {
  return (
    stillReadMove(knowledge, section, option) !== undefined ||
    changesAt(knowledge, section, option).length > 0 ||
    formerOption(knowledge, section, option) !== undefined
  );
}

/**
 * Whether a written value restates the default. Variables Airflow fills in per installation
 * (`{AIRFLOW_HOME}`, listed in defaultVariables) match any non-empty text, so a dump made in
 * /opt/airflow matches a default of `{AIRFLOW_HOME}/dags`.
 */
export function equalsDefault(value: string, fact: Pick<OptionFact, 'default' | 'defaultVariables'> | undefined): boolean {
  if (!fact || fact.default === null) return false;
  const variables = fact.defaultVariables ?? [];
  if (variables.length === 0) return value === fact.default;
  const parts = splitOnMarkers(fact.default, variables.map((name) => `{${name}}`));
  return matchesWithGaps(value, parts);
}

/** The text between the markers (each marker's every occurrence), in order. */
function splitOnMarkers(text: string, markers: readonly string[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = 0; at < text.length; ) {
    const marker = markers.find((candidate) => text.startsWith(candidate, at));
    if (marker === undefined) {
      at += 1;
      continue;
    }
    parts.push(text.slice(from, at));
    at += marker.length;
    from = at;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Whether the value is the parts in order with at least one character between each two (a glob
 * `p0?*p1?*p2`). Each middle part is placed as early as it fits, which leaves the most room for the
 * rest: one pass, linear in the value (a regex `^p0.+p1.+p2$` backtracks quadratically).
 */
function matchesWithGaps(value: string, parts: readonly string[]): boolean {
  const first = parts[0] ?? '';
  if (parts.length === 1) return value === first;
  const last = parts[parts.length - 1] ?? '';
  if (!value.startsWith(first)) return false;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const found = value.indexOf(part, at + 1);
    if (found < 0) return false;
    at = found + part.length;
  }
  return value.endsWith(last) && value.length - last.length >= at + 1;
}


/** The closest other name within a typo's distance (case-insensitive; ties go to the first in sorted order). */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  const others = sortedNames(candidates).filter((candidate) => candidate !== name);
  return nearest(name, others, true, limit)?.candidate;
}

/** Rules ask once per name of a file (100,000 in a hostile one) with the same list: sorted once. */
const sortedCache = new WeakMap<object, string[]>();

function sortedNames(candidates: Iterable<string>): string[] {
  const cached = sortedCache.get(candidates);
  if (cached) return cached;
  const sorted = [...candidates].sort();
  if (Array.isArray(candidates)) sortedCache.set(candidates, sorted);
  return sorted;
}

/** ` Did you mean [x] y?`-style suffix text, or empty. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion ? ` Did you mean ${suggestion}?` : '';
}

/** The option an old key names: `sql_alchemy_conn_cmd` names `sql_alchemy_conn` when the option it moved to is sensitive. */
export function oldKeyBase(knowledge: AirflowKnowledge, section: string, key: string): string {
  return splitVariant(knowledge, section, key, (s, o) => isSensitiveOldOption(knowledge, s, o)).option;
}

/** `[section] option`, the way messages name a place. */
export function place(section: string, option: string): string {
  return `[${section}] ${option}`;
}

/** An option written where the target release has no such option: a candidate old place. */
export interface UnknownPlaceOption extends PlacedOption {
  /** The option it names, without a `_cmd` / `_secret` suffix. */
  option: string;
  /** `_cmd`, `_secret` or empty. */
  suffix: string;
}

export function unknownPlaceOptions(knowledge: AirflowKnowledge, document: ConfigDocument | undefined): UnknownPlaceOption[] {
  return placedOptions(document)
    .filter(({ node }) => isLowerCaseName(node.key))
    .filter(({ section, node }) => !isKnownOption(knowledge, section.name, node.key))
    .map((placed) => {
      const option = oldKeyBase(knowledge, placed.section.name, placed.node.key);
      return { ...placed, option, suffix: placed.node.key.slice(option.length) };
    });
}

/** Airflow looks options up in lower case: other names are never read, which APF210 reports on its own. */
export function isLowerCaseName(key: string): boolean {
  return key === key.toLowerCase();
}

/**
 * A rename chain Airflow does not follow to its end: [a] x → [b] y → [c] z in deprecated_options. Reading
 * [c] z falls back to [b] y only, so [a] x is never read. The places after the first, newest last.
 */
export function unfollowedRenames(knowledge: AirflowKnowledge, section: string, option: string): DeprecatedOption[] {
  const index = indexOf(knowledge);
  const chain: DeprecatedOption[] = [];
  let entry = index.deprecatedOptions.get(placeKey(section, option));
  while (entry && chain.length < 10 && !chain.includes(entry)) {
    chain.push(entry);
    entry = index.deprecatedOptions.get(placeKey(entry.newSection, entry.newOption));
  }
  return chain.length > 1 ? chain : [];
}

/**
 * The value after the release's deprecated_values rewrite (Airflow replaces a matching value at start,
 * e.g. `SequentialExecutor` → `LocalExecutor` on 3.x, with a FutureWarning); the value itself otherwise.
 * Python patterns JavaScript cannot read are skipped.
 */
export function valueAfterRewrite(knowledge: AirflowKnowledge, section: string, option: string, value: string): string {
  for (const entry of knowledge.deprecatedValues) {
    if (entry.section !== section || entry.option !== option) continue;
    try {
      // Python's \A / \z anchors and a leading (?i) flag, as Airflow stores them, in JavaScript's syntax.
      const source = entry.pattern.replace(/\\A/g, '^').replace(/\\z/g, '$');
      const pattern = new RegExp(source.replace(/^\(\?i\)/, ''), source.startsWith('(?i)') ? 'gi' : 'g');
      if (pattern.test(value)) return value.replace(pattern, entry.replacement);
    } catch {
      continue;
    }
  }
  return value;
}
