// Python's notion of white space and line breaks differs from JavaScript's (`String#trim` strips
// U+FEFF but not U+001C–U+001F or U+0085), so the reader uses these instead of the built-ins.

/** Characters for which Python's `str.isspace()` is true (also what `re`'s `\s` matches). */
const PYTHON_WHITESPACE = new Set<number>([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
  0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

export function isPythonSpace(code: number): boolean {
  return PYTHON_WHITESPACE.has(code);
}

/** Index of the first character that is not Python white space, or `text.length`. */
export function firstNonSpace(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isPythonSpace(text.charCodeAt(i))) i += 1;
  return i;
}

/** One past the index of the last character that is not Python white space, or `from`. */
export function lastNonSpaceEnd(text: string, from = 0): number {
  let end = text.length;
  while (end > from && isPythonSpace(text.charCodeAt(end - 1))) end -= 1;
  return end;
}

/** Python's `str.strip()`, returning the kept range too. */
export function pythonStrip(text: string): { text: string; start: number; end: number } {
  const start = firstNonSpace(text);
  const end = lastNonSpaceEnd(text, start);
  return { text: text.slice(start, end), start, end };
}

export function pythonRstrip(text: string): string {
  return text.slice(0, lastNonSpaceEnd(text));
}

/**
 * Splits text into lines the way Python's text files do with universal newlines:
 * `\r\n`, `\r` and `\n` each end a line; no empty last line after a final line break.
 */
export function splitPythonLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    lines.push(text.slice(start, i));
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i += 1;
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Python's `repr()` of a str, as configparser puts it in error messages. */
export function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === quote) out += `\\${quote}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return out + quote;
}
