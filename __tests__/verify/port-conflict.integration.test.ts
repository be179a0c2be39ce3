// Issue #12 item 5: when every port the local cluster tries is taken between the check and the start,
// verify names the ports in one line and leaves nothing behind. The OS's "free port" answer is replaced
// by a port this test really holds, so PostgreSQL's bind fails as it would in a race.
import { existsSync } from 'node:fs';
import type { Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const held = vi.hoisted(() => ({ port: 0 }));

vi.mock('node:net', async () => {
  const actual = await vi.importActual<typeof import('node:net')>('node:net');
  // Only the provider's "which port is free" probe is answered with the held port.
  const createServer = () => {
    const server = actual.createServer();
    return Object.assign(server, {
      listen: (_port: number, _host: string, callback: () => void) => {
        queueMicrotask(callback);
        return server;
      },
      address: () => ({ address: '127.0.0.1', family: 'IPv4', port: held.port }),
      close: (callback?: () => void) => {
        callback?.();
        return server;
      },
    });
  };
  return { ...actual, createServer, default: { ...actual, createServer } };
});

const { CleanupTracker } = await import('../../src/verify/cleanup.js');
const { LocalProvider, findPostgresBinaries } = await import('../../src/verify/providers/local.js');
const { VerifyError } = await import('../../src/verify/providers/types.js');

describe('local provider when its port is taken (integration, real PostgreSQL binaries)', () => {
  let blocker: Server;
  beforeAll(async () => {
    const net = await vi.importActual<typeof import('node:net')>('node:net');
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    held.port = typeof address === 'object' && address !== null ? address.port : 0;
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it('names the ports it tried in one line, and removes the cluster and its directory', async () => {
    const binaries = await findPostgresBinaries();
    expect(binaries).toBeDefined();
    const tempDirs: string[] = [];
    const tracker = new CleanupTracker((state) => tempDirs.push(...state.tempDirs));
    const provider = new LocalProvider({ tracker, log: () => {} }, binaries!);
    const error = await provider.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    await provider.stop();
    expect(error).toBeInstanceOf(VerifyError);
    expect((error as Error).message).toBe(
      `Could not start a local Postgres cluster: ports ${held.port}, ${held.port}, ${held.port} on 127.0.0.1 were each taken by another process between the check and the start. Free some ports, or use database: url or testcontainers.`,
    );
    expect(tempDirs.length).toBeGreaterThan(0);
    for (const dir of new Set(tempDirs)) expect(existsSync(dir)).toBe(false);
  }, 5 * 60_000);
});
