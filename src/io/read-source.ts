// Reads a user's file for linting. Every failure becomes one sentence naming the file; the file
// itself is only ever opened for reading. In the action, only inside the workspace (./confine.ts).
import { readFile, stat } from 'node:fs/promises';
import { decodeConfigBytes, MAX_CONFIG_BYTES } from '../reader/decode.js';
import { assertInsideWorkspace } from './confine.js';

export type ReadSourceResult = { ok: true; path: string; text: string } | { ok: false; path: string; message: string };

export async function readSource(path: string): Promise<ReadSourceResult> {
  const fail = (reason: string): ReadSourceResult => ({ ok: false, path, message: `${path}: ${reason}` });
  await assertInsideWorkspace(path);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail("is a directory, not a file (give the path of an airflow.cfg, or a glob such as 'config/**/airflow.cfg')");
    if (!info.isFile()) return fail('is not a regular file');
    size = info.size;
  } catch (error) {
    return fail(describeFsError(error));
  }
  if (size > MAX_CONFIG_BYTES) {
    return fail(`is larger than 10 MB (${size} bytes); an airflow.cfg is a text file of a few hundred KB at most`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return fail(describeFsError(error));
  }
  const decoded = decodeConfigBytes(bytes);
  return decoded.ok ? { ok: true, path, text: decoded.text } : fail(decoded.reason);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'is a symbolic link that loops';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
