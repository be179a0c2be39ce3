import { compareVersions } from '../version/compare.js';
import { knowledgeLoaders } from './data/index.js';
import type { AirflowKnowledge } from './types.js';

/** The Airflow releases with generated knowledge data, oldest first. */
export function knownVersions(): string[] {
  return Object.keys(knowledgeLoaders).sort(compareVersions);
}

/**
 * Loads the facts of one generated release (an exact version from knownVersions();
 * use resolveTarget() to map any requested version onto one). Each release is its own chunk.
 */
export async function loadKnowledge(version: string): Promise<AirflowKnowledge> {
  const loader = knowledgeLoaders[version];
  if (!loader) {
    throw new Error(`No Airflow knowledge data for ${version}; known releases: ${knownVersions().join(', ')}.`);
  }
  return loader();
}
