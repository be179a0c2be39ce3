// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as ESM for Node 24.
// The verify path is reached only through `await import()`, so esbuild splits it into its own chunk
// and the lint-only path never loads pg or testcontainers.
import { build } from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

// @actions/core imports its OIDC client, and with it undici (about 0.9 MB), at the top of core.js,
// although only core.getIDToken() uses it and this action never asks for an ID token. Served on
// demand, so the lint path's bundle stays under 1 MB (npm run bench:startup measures it).
// The stand-in module has a path without directories: esbuild writes a module's path into the bundle,
// and an absolute one would make dist/ differ between two checkouts of the same commit.
const lazyOidcClient = {
  name: 'lazy-actions-oidc-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /@actions[\\/]core[\\/]/.test(args.importer)
        ? { path: 'oidc-utils.js', namespace: 'lazy-oidc-client', pluginData: { resolveDir: dirname(args.importer) } }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-oidc-client' }, (args) => ({
      contents: `export class OidcClient {
  static async getIDToken(audience) {
    const { OidcClient } = await import('./oidc-utils.js');
    return OidcClient.getIDToken(audience);
  }
}`,
      resolveDir: args.pluginData.resolveDir,
    }));
  },
};

const outdir = 'dist';
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: { index: 'src/action/main.ts', cli: 'src/cli/main.ts', post: 'src/action/post.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  // Optional native add-ons that their packages already treat as optional (try/catch around require).
  external: ['cpu-features', 'pg-native', '*.node'],
  // CommonJS dependencies (testcontainers' tree) use require, __filename and __dirname, which ESM lacks.
  banner: {
    js: [
      "import { createRequire as __apfCreateRequire } from 'node:module';",
      "import { fileURLToPath as __apfFileURLToPath } from 'node:url';",
      "import { dirname as __apfDirname } from 'node:path';",
      'const require = __apfCreateRequire(import.meta.url);',
      'const __filename = __apfFileURLToPath(import.meta.url);',
      'const __dirname = __apfDirname(__filename);',
    ].join(' '),
  },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyOidcClient],
});
