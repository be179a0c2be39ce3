// The lint-only path never loads the verify code (pg, testcontainers): it sits behind `import()` in
// the bundle (dist/, rebuilt by `pretest`), and a lint-only run of the action does not load it.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFiles, importsOf, staticClosure, verifyMarkersIn } from '../../bench/lib/import-graph.mjs';
import { ACTION, runAction } from '../helpers/action.js';
import { REPO_ROOT } from '../helpers/cli.js';

const DIST = join(REPO_ROOT, 'dist');
const CLI = join(DIST, 'cli.js');
const TRACE = join(REPO_ROOT, 'bench', 'lib', 'trace-loads.mjs');

let workspace: string;
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'apf-lazy-verify-'));
  writeFileSync(join(workspace, 'airflow.cfg'), readFileSync(join(REPO_ROOT, 'examples', 'seed', 'airflow.cfg')));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('the bundle', () => {
  it('has the verify code (pg, testcontainers, the verify step) in chunks of its own', () => {
    const markers = bundleFiles(DIST).flatMap((file) => verifyMarkersIn(file.path));
    expect(new Set(markers)).toEqual(new Set(['pg', 'testcontainers', 'src/action/verify-step.ts']));
  });

  it.each([
    ['dist/index.js', ACTION],
    ['dist/cli.js', CLI],
  ])('loads no verify code before %s runs (static imports)', (_name, entry) => {
    const loaded = staticClosure(entry).map((file) => ({ file, markers: verifyMarkersIn(file) }));
    expect(loaded.filter((file) => file.markers.length > 0)).toEqual([]);
  });

  it('reaches the verify step from the action only through import()', () => {
    const verifyStep = bundleFiles(DIST).find((file) => verifyMarkersIn(file.path).includes('src/action/verify-step.ts'));
    expect(verifyStep).toBeDefined();
    expect(importsOf(ACTION).dynamic).toContain(verifyStep?.path);
  });

  it('keeps the action lint path under 1 MB: what index.js loads, plus the largest knowledge chunk', () => {
    const files = bundleFiles(DIST);
    const knowledge = Math.max(...files.filter((file) => /chunks\/airflow-[\d.]+-/.test(file.name)).map((file) => file.bytes));
    const bytes = staticClosure(ACTION).reduce((sum, file) => sum + statSync(file).size, 0) + knowledge;
    expect(bytes).toBeLessThan(1024 * 1024);
  });
});

describe('a lint-only action run', () => {
  it('loads no module of the verify code', () => {
    const trace = join(workspace, 'loads.txt');
    const run = runAction(workspace, { config: 'airflow.cfg', 'airflow-version': '2.10', verify: 'false' }, {
      nodeArgs: ['--import', TRACE],
      env: { APF_TRACE_LOADS: trace },
    });
    expect(run.stdout).toContain('::error ');
    const loaded = readFileSync(trace, 'utf8').split('\n').filter((url) => url.startsWith('file:'));
    expect(loaded).toContain(`file://${ACTION}`);
    const withVerifyCode = loaded.filter((url) => verifyMarkersIn(fileURLToPath(url)).length > 0);
    expect(withVerifyCode).toEqual([]);
  });
});
