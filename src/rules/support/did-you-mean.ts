// Did-you-mean suggestions: one edit distance for every rule that proposes a name.

/**
 * Levenshtein distance: insertions, deletions and substitutions each cost 1. With `max`, any distance
 * above it comes back as `max + 1` as soon as a whole row of the table exceeds it.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  let previous = new Uint32Array(b.length + 1).map((_unused, index) => index);
  let current = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/** Names are short; a longer word (a hostile value of a megabyte) is nobody's typo, and the distance costs length². */
const MAX_WORD = 256;

/**
 * The first candidate at the smallest distance from `word`, and that distance, among those within
 * `maxDistance`; the caller decides what is close enough.
 */
export function nearest(
  word: string,
  candidates: Iterable<string>,
  ignoreCase = false,
  maxDistance = Number.POSITIVE_INFINITY,
): { candidate: string; distance: number } | undefined {
  if (word.length > MAX_WORD) return undefined;
  const key = ignoreCase ? word.toLowerCase() : word;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    // The distance is at least the difference in length.
    if (candidate.length > MAX_WORD || Math.abs(candidate.length - key.length) > maxDistance) continue;
    const distance = editDistance(key, ignoreCase ? candidate.toLowerCase() : candidate, Math.min(maxDistance, best?.distance ?? maxDistance));
    if (distance > maxDistance) continue;
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best;
}
