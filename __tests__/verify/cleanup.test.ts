import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CleanupTracker, parseCleanupState } from '../../src/verify/cleanup.js';

describe('cleanup state', () => {
  it('is saved after every change, so a crash at any point leaves a usable record', () => {
    const saved: string[] = [];
    const tracker = new CleanupTracker((state) => saved.push(JSON.stringify(state)));
    tracker.addTempDir('/tmp/apf-pg-1');
    tracker.addCluster({ pgCtl: '/usr/bin/pg_ctl', dataDir: '/tmp/apf-pg-1/data', runAs: [] });
    tracker.addProcessGroup(4242);
    tracker.removeProcessGroup(4242);
    expect(saved).toHaveLength(4);
    expect(parseCleanupState(saved[2])).toEqual({
      tempDirs: ['/tmp/apf-pg-1'],
      clusters: [{ pgCtl: '/usr/bin/pg_ctl', dataDir: '/tmp/apf-pg-1/data', runAs: [] }],
      processGroups: [4242],
      containerIds: [],
    });
  });

  it('reads a missing, empty or damaged state as nothing to clean', () => {
    const empty = { tempDirs: [], clusters: [], processGroups: [], containerIds: [] };
    expect(parseCleanupState(undefined)).toEqual(empty);
    expect(parseCleanupState('')).toEqual(empty);
    expect(parseCleanupState('{not json')).toEqual(empty);
    expect(parseCleanupState('{"tempDirs":[1,"/tmp/x"],"processGroups":[0,1,"2",77]}')).toEqual({ ...empty, tempDirs: ['/tmp/x'], processGroups: [77] });
  });
});

describe('the action post step', () => {
  afterEach(() => {
    delete process.env['STATE_verify-cleanup'];
    vi.resetModules();
  });

  it('removes what the main step recorded and left behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apf-airflow-'));
    process.env['STATE_verify-cleanup'] = JSON.stringify({ tempDirs: [dir], clusters: [], processGroups: [], containerIds: [] });
    await import('../../src/action/post.js');
    expect(existsSync(dir)).toBe(false);
  });
});
