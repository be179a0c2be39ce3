import { readFile } from 'node:fs/promises';
import { UsageError } from '../cli/usage-error.js';
import { describeFsError } from '../io/read-source.js';
import { assertInsideWorkspace } from '../io/confine.js';
import { parseBaseline, type BaselineFile } from './baseline.js';

export async function readBaselineFile(path: string): Promise<BaselineFile> {
  let text: string;
  await assertInsideWorkspace(path);
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)} (given as the baseline; write one with --write-baseline)`);
  }
  try {
    return parseBaseline(path, text);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
