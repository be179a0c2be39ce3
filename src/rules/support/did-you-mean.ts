// Did-you-mean suggestions: one edit distance for every rule that proposes a name.

/** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_unused, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The first candidate at the smallest distance from `word`, and that distance; the caller decides what is close enough. */
export function nearest(
  word: string,
  candidates: Iterable<string>,
  ignoreCase = false,
): { candidate: string; distance: number } | undefined {
  const key = ignoreCase ? word.toLowerCase() : word;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(key, ignoreCase ? candidate.toLowerCase() : candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best;
}
