// Reads output the way the GitHub Actions runner does: lines split on `\r` and `\n`, leading white
// space trimmed (.NET TrimStart), then `::name` at the start or `##[` anywhere is a workflow command.

/** .NET's Char.IsWhiteSpace, which TrimStart uses: JavaScript's white space minus U+FEFF, plus U+0085. */
const DOTNET_LEADING_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Every line of the output the runner would treat as a workflow command (empty when none). */
export function runnerCommandLines(output: string): string[] {
  return output
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(DOTNET_LEADING_SPACE, ''))
    .filter((line) => line.startsWith('::') || line.includes('##['));
}
