import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCleanupState, type ProcessInfo } from '../../src/action/post-state.js';
import { emptyCleanupState } from '../../src/verify/cleanup.js';

const root = realpathSync(mkdtempSync(join(tmpdir(), 'apf-post-state-')));
const own = join(root, 'apf-pg-Ab12Cd');
mkdirSync(own);
const processes: ProcessInfo = {
  commandLine: (pid) => ({ 4242: '/usr/lib/postgresql/15/bin/postgres -D x', 4343: '/venv/bin/python /venv/bin/airflow db migrate', 4444: 'sshd: root' })[pid],
};

describe('the post step checks its saved state before cleaning', () => {
  it('keeps exactly what the verify step creates', () => {
    const saved = {
      tempDirs: [own],
      clusters: [{ pgCtl: '/usr/lib/postgresql/15/bin/pg_ctl', dataDir: join(own, 'data'), pid: 4242, runAs: ['runuser', '-u', 'nobody', '--'] }],
      processGroups: [4343],
      containerIds: ['0123456789abcdef'],
    };
    const { state, rejected } = checkCleanupState(saved, { tempRoot: root, processes });
    expect(rejected).toEqual([]);
    expect(state).toEqual(saved);
  });

  it('leaves alone directories, clusters, processes and containers it did not make', () => {
    const link = join(root, 'apf-airflow-Zz99Yy');
    symlinkSync('/etc', link);
    const saved = {
      tempDirs: ['/etc', join(root, '..', 'apf-pg-Ab12Cd'), `${own}/../../..`, link, join(root, 'home'), 'relative/apf-pg-Ab12Cd'],
      clusters: [
        { pgCtl: '/bin/sh', dataDir: join(own, 'data'), runAs: [] },
        { pgCtl: '/usr/bin/pg_ctl', dataDir: '/var/lib/postgresql/data', runAs: [] },
        { pgCtl: '/usr/bin/pg_ctl', dataDir: join(own, 'data'), runAs: ['sh', '-c', 'rm -rf /'] },
      ],
      processGroups: [1, process.pid, 4444, 99999999],
      containerIds: ['--volumes-from=x', 'abc'],
    };
    const { state, rejected } = checkCleanupState({ ...emptyCleanupState(), ...saved }, { tempRoot: root, processes });
    expect(state).toEqual(emptyCleanupState());
    expect(rejected).toHaveLength(6 + 3 + 4 + 2);
    expect(rejected[0]).toBe('left alone: directory "/etc" (not something the verify step creates)');
  });

  it('does not kill a postmaster pid that now belongs to another program', () => {
    const saved = {
      ...emptyCleanupState(),
      tempDirs: [own],
      clusters: [{ pgCtl: '/usr/bin/pg_ctl', dataDir: join(own, 'data'), pid: 4444, runAs: [] }],
    };
    const { state, rejected } = checkCleanupState(saved, { tempRoot: root, processes });
    expect(state.clusters[0]?.pid).toBeUndefined();
    expect(rejected).toEqual(['left alone: process 4444 (not something the verify step creates)']);
  });
});
