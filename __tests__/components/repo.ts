// Loads a fixture repository the way the CLI does (discovery under a root), with paths relative to it.
import { loadInputs, type LoadedInputs } from '../../src/app/run-lint.js';

export const REPOS = '__tests__/fixtures/repos';

export async function loadRepo(name: string, version: string, options: { discover?: boolean; compose?: string[]; helmValues?: string[] } = {}): Promise<LoadedInputs> {
  const root = `${REPOS}/${name}`;
  const inputs = await loadInputs({
    paths: [],
    root,
    airflowVersion: version,
    envFiles: [],
    discover: options.discover,
    compose: options.compose?.map((path) => `${root}/${path}`),
    helmValues: options.helmValues?.map((path) => `${root}/${path}`),
  });
  const strip = (path: string) => (path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path);
  return {
    ...inputs,
    cfgFiles: inputs.cfgFiles.map((file) => ({ ...file, path: strip(file.path) })),
    sources: inputs.sources.map((file) => ({ ...file, path: strip(file.path) })),
  };
}
