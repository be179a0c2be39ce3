import type { EnvEntry } from '../config/effective.js';
import { parseDotenv } from '../sources/dotenv.js';
import { readSource } from './read-source.js';
import { UsageError } from '../cli/usage-error.js';

/** Reads dotenv files given with --env-file / env-file, in order (later files win). */
export async function readEnvFiles(paths: readonly string[]): Promise<EnvEntry[]> {
  const entries: EnvEntry[] = [];
  for (const path of paths) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    entries.push(...parseDotenv(path, source.text));
  }
  return entries;
}

