import { glob, isDynamicPattern } from 'tinyglobby';

const IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Files under `root` matching the patterns, relative to `root`, sorted, with `/` separators. */
export async function discoverFiles(root: string, patterns: readonly string[]): Promise<string[]> {
  const found = await glob([...patterns], { cwd: root, ignore: IGNORED, dot: true, onlyFiles: true, followSymbolicLinks: false });
  return [...new Set(found)].sort();
}

export { isDynamicPattern };
