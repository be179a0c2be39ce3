// On a pull request the action reads files an attacker wrote, and a committed symbolic link (or a
// `config: ../../etc/passwd`) would make it read, and quote, files of the runner. The action confines
// every read to the workspace; the CLI reads what its user names. Kept here, at the one place every
// source is read (readSource), so no reader added later can forget it.
import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { sep } from 'node:path';
import { UsageError } from '../cli/usage-error.js';

let workspace: string | undefined;

/** From now on, readSource refuses any file whose real path (links resolved) is outside `root`. */
export function confineReadsTo(root: string): void {
  workspace = realpathSync(root);
}

/** Lifts the confinement (tests). */
export function unconfineReads(): void {
  workspace = undefined;
}

/** Throws a one-line UsageError when reads are confined and the path resolves outside the workspace. */
export async function assertInsideWorkspace(path: string): Promise<void> {
  if (workspace === undefined) return;
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    // Missing or unreadable: the read itself says so.
    return;
  }
  if (real === workspace || real.startsWith(workspace.endsWith(sep) ? workspace : `${workspace}${sep}`)) return;
  throw new UsageError(
    `${path}: not read, because it is outside the workspace (it resolves to ${real}); the action reads only files inside GITHUB_WORKSPACE`,
  );
}
