// JSON (and SARIF) printed where a runner may read it. Escapes are lossless here: a parser gets back
// exactly the strings that went in, while the printed text holds no `##[`, no C1 control character
// and no line or paragraph separator.

const RISKY_IN_JSON = /##\[|[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function jsonEscape(match: string): string {
  if (match === '##[') return '#\\u0023[';
  return `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `JSON.stringify(value, null, 2)` plus a newline, safe for a runner log; `mask` applies to every string. `##[` can only occur inside
 * a JSON string, where `\u0023` means the same `#`.
 */
export function jsonText(value: unknown, mask?: (text: string) => string): string {
  const replacer = mask ? (_key: string, item: unknown) => (typeof item === 'string' ? mask(item) : item) : undefined;
  return `${JSON.stringify(value, replacer, 2).replace(RISKY_IN_JSON, jsonEscape)}\n`;
}
