import { describe, expect, it } from 'vitest';
import { CleanupTracker } from '../../../src/verify/cleanup.js';
import { type ProviderProbes, selectProvider } from '../../../src/verify/providers/select.js';
import type { DatabaseChoice } from '../../../src/verify/providers/types.js';

const context = { tracker: new CleanupTracker(), log: () => {} };
const binaries = { initdb: '/usr/lib/postgresql/16/bin/initdb', pgCtl: '/usr/lib/postgresql/16/bin/pg_ctl' };

function probes(found: { binaries?: boolean; docker?: boolean }): ProviderProbes & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    findBinaries: async () => {
      asked.push('binaries');
      return found.binaries ? binaries : undefined;
    },
    dockerAnswers: async () => {
      asked.push('docker');
      return found.docker === true;
    },
  };
}

const select = (database: DatabaseChoice, fake: ProviderProbes, databaseUrl?: string) =>
  selectProvider({ database, databaseUrl }, context, fake);

describe('selectProvider', () => {
  it('auto: a given database-url wins, without probing the machine', async () => {
    const fake = probes({ binaries: true, docker: true });
    expect((await select('auto', fake, 'postgresql://u@db:5432/x')).name).toBe('url');
    expect(fake.asked).toEqual([]);
  });

  it('auto: local when PostgreSQL binaries are found, before asking Docker', async () => {
    const fake = probes({ binaries: true, docker: true });
    expect((await select('auto', fake)).name).toBe('local');
    expect(fake.asked).toEqual(['binaries']);
  });

  it('auto: testcontainers when there are no binaries but Docker answers', async () => {
    expect((await select('auto', probes({ docker: true }))).name).toBe('testcontainers');
  });

  it('auto: a clear error naming the three options when nothing is available', async () => {
    await expect(select('auto', probes({}))).rejects.toThrow(
      'No Postgres to verify against: set database-url (for example a `services: postgres` container), install the PostgreSQL server binaries for database: local, or start Docker for database: testcontainers.',
    );
  });

  it('auto: a blank database-url counts as not given', async () => {
    expect((await select('auto', probes({ binaries: true }), '  ')).name).toBe('local');
  });

  it('an explicit choice is honoured, and fails with its own message', async () => {
    expect((await select('testcontainers', probes({}))).name).toBe('testcontainers');
    await expect(select('local', probes({ docker: true }))).rejects.toThrow(/^database: local needs the PostgreSQL server binaries/);
    await expect(select('url', probes({}))).rejects.toThrow('database: url needs database-url (postgresql://user:password@host:5432/database).');
  });
});
