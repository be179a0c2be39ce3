import type { EnvEntry } from '../config/effective.js';
import type { SourceText } from '../engine/lint.js';
import { parseDotenv } from '../sources/dotenv.js';
import { readSource } from './read-source.js';
import { UsageError } from '../cli/usage-error.js';

/** Reads dotenv files given with --env-file / env-file, in order (later files win). */
export async function readEnvFiles(paths: readonly string[]): Promise<EnvEntry[]> {
  return parseEnvTexts(await readEnvTexts(paths));
}

/** The texts of dotenv files, in order, for callers that lint them again after editing (--fix). */
export async function readEnvTexts(paths: readonly string[]): Promise<SourceText[]> {
  const texts: SourceText[] = [];
  for (const path of paths) {
    const source = await readSource(path);
    if (!source.ok) throw new UsageError(source.message);
    texts.push({ path, text: source.text });
  }
  return texts;
}

export function parseEnvTexts(texts: readonly SourceText[]): EnvEntry[] {
  return texts.flatMap((source) => parseDotenv(source.path, source.text));
}

