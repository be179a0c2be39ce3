// configparser's BasicInterpolation (`%(name)s` references, `%%` escapes, depth limit 10), analysed
// for one option the way `ConfigParser.get(section, option)` would evaluate it.
import { DEFAULT_SECTION } from './parse.js';
import type { ConfigDocument, InterpolationErrorKind, InterpolationLimitKind, InterpolationResult, OptionNode, Position } from './types.js';
import { sectionNamed } from './find.js';

const MAX_INTERPOLATION_DEPTH = 10;
/**
 * No configuration expands to a megabyte: past it the value is reported instead of built. Ten levels of
 * ten references to a ten-character value already make 10^11 characters, which configparser would try
 * to build.
 */
export const MAX_INTERPOLATED_LENGTH = 1_000_000;
const REFERENCE = /^%\(([^)]+)\)s/;

type Lookup = ReadonlyMap<string, OptionNode>;

/** The interpolated value of `[section] option`, or the exception configparser raises for it. */
export function interpolateOption(document: ConfigDocument, section: string, option: string): InterpolationResult {
  const lookup = optionsVisibleIn(document, section);
  const node = lookup.get(option);
  if (!node) return { ok: true, value: '' };
  return interpolateValue(node.value, lookup, node);
}

/** A value already expanded in this lookup, and how many levels below its own its references went. */
interface Expanded {
  value: string;
  levels: number;
}

/** Expansions by lookup, so that a value referenced many times (or by many options) is expanded once. */
const expandedCache = new WeakMap<Lookup, Map<OptionNode, Expanded>>();

interface Expansion {
  accumulated: string[];
  length: number;
  known: Map<OptionNode, Expanded>;
  root: OptionNode | undefined;
}

/** Interpolates a raw value against the options visible in a section (its own, then DEFAULT). */
export function interpolateValue(raw: string, lookup: Lookup, owner: OptionNode | undefined): InterpolationResult {
  let known = expandedCache.get(lookup);
  if (!known) {
    known = new Map();
    expandedCache.set(lookup, known);
  }
  const state: Expansion = { accumulated: [], length: 0, known, root: owner };
  try {
    expand(raw, lookup, state, 1, owner, owner?.key ?? '');
    return { ok: true, value: state.accumulated.join('') };
  } catch (error) {
    if (error instanceof InterpolationFailure) {
      const { kind, message, position } = error;
      return { ok: false, kind, message, position };
    }
    throw error;
  }
}

/** Lookups by document and section: rules ask for one per option, and a dump has hundreds per section. */
const visibleCache = new WeakMap<ConfigDocument, Map<string, Lookup>>();

/** The options `[section]` sees (its own over DEFAULT's). Documents are not changed once read, so it is cached. */
export function optionsVisibleIn(document: ConfigDocument, section: string): Lookup {
  let bySection = visibleCache.get(document);
  if (!bySection) {
    bySection = new Map();
    visibleCache.set(document, bySection);
  }
  let lookup = bySection.get(section);
  if (!lookup) {
    lookup = buildLookup(document, section);
    bySection.set(section, lookup);
  }
  return lookup;
}

function buildLookup(document: ConfigDocument, section: string): Lookup {
  const lookup = new Map<string, OptionNode>();
  for (const option of document.defaults?.options ?? []) lookup.set(option.key, option);
  if (section !== DEFAULT_SECTION) {
    const node = sectionNamed(document, section);
    for (const option of node?.options ?? []) lookup.set(option.key, option);
  }
  return lookup;
}

class InterpolationFailure extends Error {
  constructor(
    readonly kind: InterpolationErrorKind | InterpolationLimitKind,
    message: string,
    readonly position: Position | undefined,
  ) {
    super(message);
  }
}

/**
 * A transcription of `BasicInterpolation._interpolate_some`, with two additions configparser lacks: a
 * referenced value expanded once is reused (same result, where the depth limit allows it), and the
 * expansion stops at MAX_INTERPOLATED_LENGTH. Returns the deepest level its references reached.
 */
function expand(value: string, lookup: Lookup, state: Expansion, depth: number, node: OptionNode | undefined, optionName: string): number {
  if (depth > MAX_INTERPOLATION_DEPTH) {
    throw new InterpolationFailure(
      'InterpolationDepthError',
      `Recursion limit exceeded in value substitution: option '${optionName}' contains an interpolation key which cannot be substituted in ${MAX_INTERPOLATION_DEPTH} steps`,
      node ? positionInValue(node, 0) : undefined,
    );
  }
  let deepest = depth;
  let offset = 0;
  while (offset < value.length) {
    const percent = value.indexOf('%', offset);
    if (percent < 0) {
      emit(state, value.slice(offset));
      return deepest;
    }
    emit(state, value.slice(offset, percent));
    const rest = value.slice(percent);
    const next = rest[1];
    if (next === '%') {
      emit(state, '%');
      offset = percent + 2;
      continue;
    }
    const where = node ? positionInValue(node, percent) : undefined;
    if (next !== '(') {
      throw new InterpolationFailure('InterpolationSyntaxError', `'%' must be followed by '%' or '(', found: ${JSON.stringify(rest)}`, where);
    }
    const match = REFERENCE.exec(rest);
    if (!match) {
      throw new InterpolationFailure('InterpolationSyntaxError', `bad interpolation variable reference ${JSON.stringify(rest)}`, where);
    }
    // optionxform keeps case: `%(Name)s` names the option `Name`, not `name`.
    const name = match[1] ?? '';
    offset = percent + match[0].length;
    const target = lookup.get(name);
    if (!target) {
      throw new InterpolationFailure(
        'InterpolationMissingOptionError',
        `Bad value substitution: option '${optionName}' references '${name}', which is not set in its section or in [DEFAULT]`,
        where,
      );
    }
    if (!target.value.includes('%')) {
      emit(state, target.value);
      continue;
    }
    deepest = Math.max(deepest, expandReference(target, name, lookup, state, depth + 1));
  }
  return deepest;
}

/** A referenced value with references of its own: reused when already expanded within the depth limit. */
function expandReference(target: OptionNode, name: string, lookup: Lookup, state: Expansion, depth: number): number {
  const known = state.known.get(target);
  if (known && depth + known.levels <= MAX_INTERPOLATION_DEPTH) {
    emit(state, known.value);
    return depth + known.levels;
  }
  const from = state.accumulated.length;
  const deepest = expand(target.value, lookup, state, depth, target, name);
  state.known.set(target, { value: state.accumulated.slice(from).join(''), levels: deepest - depth });
  return deepest;
}

function emit(state: Expansion, text: string): void {
  state.length += text.length;
  if (state.length > MAX_INTERPOLATED_LENGTH) {
    throw new InterpolationFailure(
      'InterpolationTooLarge',
      `the value expands to more than ${MAX_INTERPOLATED_LENGTH.toLocaleString('en-US')} characters through nested %(name)s references`,
      state.root ? positionInValue(state.root, 0) : undefined,
    );
  }
  state.accumulated.push(text);
}

/** Maps an index in the joined value back to a line and column in the file. */
export function positionInValue(node: OptionNode, index: number): Position {
  let remaining = index;
  for (const line of node.valueLines) {
    if (remaining <= line.text.length) {
      return { line: line.span.start.line, column: line.span.start.column + remaining };
    }
    remaining -= line.text.length + 1;
  }
  const last = node.valueLines.at(-1);
  return last ? last.span.end : node.keySpan.start;
}
