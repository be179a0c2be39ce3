// Chooses the target Airflow version (input, else detected from the repository, else the newest
// known release) and loads that release's generated facts.
import { UsageError } from '../cli/usage-error.js';
import { discoverFiles } from '../io/discover.js';
import { readSource } from '../io/read-source.js';
import { joinPath } from '../io/read-sources.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import { detectAirflowVersion, VERSION_FILE_PATTERNS, type SourceFile } from '../version/detect.js';
import { InvalidVersionError, resolveTarget } from '../version/resolve.js';
import type { TargetVersion } from '../version/types.js';

export interface LoadedTarget {
  knowledge: AirflowKnowledge;
  target: TargetVersion;
}

/** `extra`: files already read (compose, Helm values, Dockerfiles named on the command line) that may pin the version. */
export async function loadTarget(requested: string | undefined, root: string, extra: readonly SourceFile[] = []): Promise<LoadedTarget> {
  const detected = requested ? undefined : detectAirflowVersion(await readVersionSources(root, extra));
  let target: TargetVersion;
  try {
    target = resolveTarget(requested, detected);
  } catch (error) {
    if (error instanceof InvalidVersionError) throw new UsageError(error.message);
    throw error;
  }
  return { knowledge: await loadKnowledge(target.knowledgeVersion), target };
}

/** Files that may pin an Airflow version; unreadable ones are skipped (they only feed a guess). */
async function readVersionSources(root: string, extra: readonly SourceFile[]): Promise<SourceFile[]> {
  const paths = await discoverFiles(root, VERSION_FILE_PATTERNS);
  const files: SourceFile[] = [...extra];
  for (const path of paths) {
    const onDisk = joinPath(root, path);
    if (extra.some((file) => file.path === onDisk || file.path === path)) continue;
    const source = await readSource(onDisk);
    if (source.ok) files.push({ path, text: source.text });
  }
  return files;
}
