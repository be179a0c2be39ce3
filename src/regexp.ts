/** A string as a regular expression that matches exactly that string. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Hand-written replacements for regexes that backtrack quadratically on hostile text (`/\/+$/` tries
// every start in a long run of slashes that is not at the end). __tests__/security/linear-regex.test.ts
// checks every regex in src/.

/** The text without the character repeated at its end. */
export function trimTrailing(text: string, char: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === char) end -= 1;
  return text.slice(0, end);
}

/** A URL without its query (`?…`). */
export function withoutQuery(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/** Every run of white space that holds a line break becomes one space; other white space stays. */
export function joinLines(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
}

const WORD = /\w/;

/**
 * Replaces `$name` (`\w+`) and `${…}` (up to the next `}`) references from left to right, as
 * `text.replace(/\$(\w+)|\$\{([^}]*)\}/g, …)` would, in one pass: that regex scans to the end of the
 * text again from every `${` that is never closed. `replace` gets the name or the text inside the
 * braces; it returns the replacement, or undefined when the reference is not one (the scan then goes
 * on from the character after the `$`, as the regex would).
 */
export function replaceDollarReferences(text: string, replace: (inner: string, braced: boolean, whole: string) => string | undefined): string {
  let out = '';
  let copied = 0;
  let close = -1;
  for (let at = text.indexOf('$'); at >= 0 && at < text.length; at = text.indexOf('$', at + 1)) {
    const next = text[at + 1] ?? '';
    let end = -1;
    if (WORD.test(next)) {
      end = at + 2;
      while (end < text.length && WORD.test(text[end] as string)) end += 1;
    } else if (next === '{') {
      if (close !== Infinity && close < at + 2) close = text.indexOf('}', at + 2);
      if (close < 0) close = Infinity;
      if (close !== Infinity) end = close + 1;
    }
    if (end < 0) continue;
    const braced = next === '{';
    const whole = text.slice(at, end);
    const replacement = replace(braced ? whole.slice(2, -1) : whole.slice(1), braced, whole);
    if (replacement === undefined) continue;
    out += text.slice(copied, at) + replacement;
    copied = end;
    at = end - 1;
  }
  return out + text.slice(copied);
}
