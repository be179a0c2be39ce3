import { createTwoFilesPatch } from 'diff';
import type { Mask } from '../report/common.js';

/**
 * `--fix --dry-run`: a unified diff per changed file (`a/PATH` → `b/PATH`, as git prints), with secrets
 * masked line by line. Only for reading: a masked line is not what --fix writes.
 */
export function unifiedDiff(path: string, before: string, after: string, mask: Mask): string {
  const patch = createTwoFilesPatch(`a/${path.replace(/^\/+/, '')}`, `b/${path.replace(/^\/+/, '')}`, before, after, undefined, undefined, { context: 3 });
  // The header line `Index:`/`===` createTwoFilesPatch adds is not part of git's format.
  const lines = patch.split('\n').filter((line) => !line.startsWith('====='));
  return lines.map((line) => (line.startsWith('---') || line.startsWith('+++') ? line : mask(line))).join('\n');
}
