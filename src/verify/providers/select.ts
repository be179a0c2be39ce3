import { request } from 'node:http';
import { LocalProvider, type PostgresBinaries, findPostgresBinaries } from './local.js';
import { TestcontainersProvider } from './testcontainers.js';
import { type DatabaseChoice, type PostgresProvider, type ProviderContext, VerifyError } from './types.js';
import { UrlProvider } from './url.js';

export interface DatabaseOptions {
  database: DatabaseChoice;
  databaseUrl?: string | undefined;
  allowExistingDatabase?: boolean | undefined;
  postgresImage?: string | undefined;
}

/** How the machine is probed; replaced by fakes in unit tests. */
export interface ProviderProbes {
  findBinaries(): Promise<PostgresBinaries | undefined>;
  dockerAnswers(): Promise<boolean>;
}

export const defaultProbes: ProviderProbes = {
  findBinaries: () => findPostgresBinaries(),
  dockerAnswers: () => dockerAnswers(),
};

/**
 * `auto`: the given URL, else a local cluster when PostgreSQL binaries exist, else a container when
 * Docker answers. An explicit choice is honoured as is (and fails with its own message).
 */
export async function selectProvider(
  options: DatabaseOptions,
  context: ProviderContext,
  probes: ProviderProbes = defaultProbes,
): Promise<PostgresProvider> {
  const url = options.databaseUrl?.trim() ?? '';
  switch (options.database) {
    case 'url':
      if (url === '') throw new VerifyError('database: url needs database-url (postgresql://user:password@host:5432/database).');
      return new UrlProvider({ databaseUrl: url, allowExisting: options.allowExistingDatabase === true });
    case 'local': {
      const binaries = await probes.findBinaries();
      if (binaries === undefined) {
        throw new VerifyError(
          'database: local needs the PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/<version>/bin; install them, or use database-url or database: testcontainers.',
        );
      }
      return new LocalProvider(context, binaries);
    }
    case 'testcontainers':
      return new TestcontainersProvider(context, options.postgresImage);
    case 'auto':
      return autoProvider(options, url, context, probes);
  }
}

async function autoProvider(
  options: DatabaseOptions,
  url: string,
  context: ProviderContext,
  probes: ProviderProbes,
): Promise<PostgresProvider> {
  if (url !== '') return new UrlProvider({ databaseUrl: url, allowExisting: options.allowExistingDatabase === true });
  const binaries = await probes.findBinaries();
  if (binaries !== undefined) return new LocalProvider(context, binaries);
  if (await probes.dockerAnswers()) return new TestcontainersProvider(context, options.postgresImage);
  throw new VerifyError(
    'No Postgres to verify against: set database-url (for example a `services: postgres` container), install the PostgreSQL server binaries for database: local, or start Docker for database: testcontainers.',
  );
}

/** Whether a Docker engine answers `GET /_ping` on DOCKER_HOST (unix socket) or /var/run/docker.sock. */
export function dockerAnswers(env: NodeJS.ProcessEnv = process.env, timeoutMs = 2_000): Promise<boolean> {
  const host = env.DOCKER_HOST ?? '';
  if (host !== '' && !host.startsWith('unix://')) {
    // A TCP engine: let testcontainers try it.
    return Promise.resolve(true);
  }
  const socketPath = host.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock';
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}
