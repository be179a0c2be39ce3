// Writes a fixed file without ever leaving a half-written or lost one: the new text goes to a temporary
// file next to the real target (a symbolic link is followed, never replaced), with the original's mode,
// and is renamed over it in one step. On any failure the temporary file is removed and the original stays.
import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, chmod, chown, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../cli/usage-error.js';
import { describeFsError } from '../io/read-source.js';

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  let target: string;
  let info: Stats;
  try {
    target = await realpath(path);
    info = await stat(target);
    // A file its owner made read-only stays as it is, although the directory would allow a rename.
    await access(target, constants.W_OK);
  } catch (error) {
    throw new UsageError(`${path}: ${describeFsError(error)}; the fix was not written`);
  }
  const temporary = join(dirname(target), `.${basename(target)}.airflow-preflight-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    // Only root may give the file back to its owner; anyone else writes their own file anyway.
    if (process.getuid?.() === 0) await chown(temporary, info.uid, info.gid);
    await chmod(temporary, info.mode & 0o7777);
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new UsageError(`${path}: cannot be written (${describeFsError(error)}); the file is unchanged`);
  }
}
