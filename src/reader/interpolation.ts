// configparser's BasicInterpolation (`%(name)s` references, `%%` escapes, depth limit 10), analysed
// for one option the way `ConfigParser.get(section, option)` would evaluate it.
import { DEFAULT_SECTION } from './parse.js';
import type { ConfigDocument, InterpolationResult, OptionNode, Position } from './types.js';
import { sectionNamed } from './find.js';

const MAX_INTERPOLATION_DEPTH = 10;
const REFERENCE = /^%\(([^)]+)\)s/;

type Lookup = ReadonlyMap<string, OptionNode>;

/** The interpolated value of `[section] option`, or the exception configparser raises for it. */
export function interpolateOption(document: ConfigDocument, section: string, option: string): InterpolationResult {
  const lookup = optionsVisibleIn(document, section);
  const node = lookup.get(option);
  if (!node) return { ok: true, value: '' };
  return interpolateValue(node.value, lookup, node);
}

/** Interpolates a raw value against the options visible in a section (its own, then DEFAULT). */
export function interpolateValue(raw: string, lookup: Lookup, owner: OptionNode | undefined): InterpolationResult {
  const accumulated: string[] = [];
  try {
    expand(raw, lookup, accumulated, 1, owner, owner?.key ?? '');
    return { ok: true, value: accumulated.join('') };
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
    readonly kind: 'InterpolationSyntaxError' | 'InterpolationMissingOptionError' | 'InterpolationDepthError',
    message: string,
    readonly position: Position | undefined,
  ) {
    super(message);
  }
}

/** A transcription of `BasicInterpolation._interpolate_some`. */
function expand(
  value: string,
  lookup: Lookup,
  accumulated: string[],
  depth: number,
  node: OptionNode | undefined,
  optionName: string,
): void {
  if (depth > MAX_INTERPOLATION_DEPTH) {
    throw new InterpolationFailure(
      'InterpolationDepthError',
      `Recursion limit exceeded in value substitution: option '${optionName}' contains an interpolation key which cannot be substituted in ${MAX_INTERPOLATION_DEPTH} steps`,
      node ? positionInValue(node, 0) : undefined,
    );
  }
  let offset = 0;
  while (offset < value.length) {
    const percent = value.indexOf('%', offset);
    if (percent < 0) {
      accumulated.push(value.slice(offset));
      return;
    }
    accumulated.push(value.slice(offset, percent));
    const rest = value.slice(percent);
    const next = rest[1];
    if (next === '%') {
      accumulated.push('%');
      offset = percent + 2;
      continue;
    }
    const where = node ? positionInValue(node, percent) : undefined;
    if (next !== '(') {
      throw new InterpolationFailure(
        'InterpolationSyntaxError',
        `'%' must be followed by '%' or '(', found: ${JSON.stringify(rest)}`,
        where,
      );
    }
    const match = REFERENCE.exec(rest);
    if (!match) {
      throw new InterpolationFailure('InterpolationSyntaxError', `bad interpolation variable reference ${JSON.stringify(rest)}`, where);
    }
    const name = (match[1] ?? '').toLowerCase();
    offset = percent + match[0].length;
    const target = lookup.get(name);
    if (!target) {
      throw new InterpolationFailure(
        'InterpolationMissingOptionError',
        `Bad value substitution: option '${optionName}' references '${name}', which is not set in its section or in [DEFAULT]`,
        where,
      );
    }
    if (target.value.includes('%')) {
      expand(target.value, lookup, accumulated, depth + 1, target, name);
    } else {
      accumulated.push(target.value);
    }
  }
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
