// Writes docs/rules/README.md from the rule registry; with --check, exits 1 when the file is out of date.
// The registry is TypeScript: esbuild bundles a tiny entry to a temporary module that Node can import.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const indexPath = join(root, 'docs', 'rules', 'README.md');

const entry = `
export { RULES } from './src/rules/registry.ts';
export { SUPPRESSION_RULES } from './src/suppress/rules.ts';
export { renderRuleIndex, uniqueRuleMetas } from './src/report/rule-index.ts';
`;

async function loadRegistry() {
  const dir = await mkdtemp(join(tmpdir(), 'apf-rule-docs-'));
  const outfile = join(dir, 'registry.mjs');
  try {
    await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'rule-docs-entry.ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      logLevel: 'warning',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const registry = await loadRegistry();
const metas = registry.uniqueRuleMetas(
  registry.RULES.map((rule) => rule.meta),
  registry.SUPPRESSION_RULES,
);
const expected = registry.renderRuleIndex(metas);

if (process.argv.includes('--check')) {
  const actual = await readFile(indexPath, 'utf8').catch(() => '');
  if (actual !== expected) {
    console.error('docs/rules/README.md is out of date: run `npm run docs:rules` and commit the result.');
    process.exit(1);
  }
  console.log(`docs/rules/README.md is up to date (${metas.length} rules).`);
} else {
  await writeFile(indexPath, expected);
  console.log(`Wrote docs/rules/README.md (${metas.length} rules).`);
}
