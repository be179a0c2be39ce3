// The static import graph of the bundle in dist/: which files an entry loads before it runs (static
// `import … from "./x.js"`), and which it can load only on demand (`import("./x.js")`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const STATIC_IMPORT = /^\s*(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** Module comments esbuild writes above each bundled file (`// node_modules/pg/lib/client.js`). */
export const VERIFY_MARKERS = [
  { name: 'testcontainers', pattern: /^\/\/ .*node_modules\/(?:@testcontainers\/[^/]+|testcontainers)\//m },
  { name: 'pg', pattern: /^\/\/ .*node_modules\/(?:pg|pg-pool|pg-protocol)\//m },
  { name: 'src/action/verify-step.ts', pattern: /^\/\/ src\/action\/verify-step\.ts$/m },
];

export function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const resolve = (specifier) => join(dirname(file), specifier);
  return {
    static: [...text.matchAll(STATIC_IMPORT)].map((match) => resolve(match[1])),
    dynamic: [...text.matchAll(DYNAMIC_IMPORT)].map((match) => resolve(match[1])),
  };
}

/** Every file the entry loads before its first line runs: the closure over static imports. */
export function staticClosure(entry) {
  const seen = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...importsOf(file).static);
  }
  return [...seen];
}

/** The verify markers found in a file's text. */
export function verifyMarkersIn(file) {
  const text = readFileSync(file, 'utf8');
  return VERIFY_MARKERS.filter((marker) => marker.pattern.test(text)).map((marker) => marker.name);
}

/** Every .js file under dist/, with its size in bytes, relative to dist/. */
export function bundleFiles(dist) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) files.push({ path, name: relative(dist, path), bytes: statSync(path).size });
    }
  };
  walk(dist);
  return files.sort((a, b) => (a.name < b.name ? -1 : 1));
}
