import { randomBytes } from 'node:crypto';
import type { StartedPostgreSqlContainer } from '@testcontainers/postgresql';
import { type PostgresProvider, type ProviderContext, type StartedDatabase, VerifyError, toAirflowUrl, toLibpqUrl } from './types.js';

export const DEFAULT_POSTGRES_IMAGE = 'postgres:17';

/** What testcontainers throws when no Docker (or Podman) engine answers. */
const NO_RUNTIME = /could not find a working container runtime strategy/i;

/** A Postgres container started for this run, removed afterwards. */
export class TestcontainersProvider implements PostgresProvider {
  readonly name = 'testcontainers';
  private container: StartedPostgreSqlContainer | undefined;

  constructor(
    private readonly context: ProviderContext,
    private readonly image: string = DEFAULT_POSTGRES_IMAGE,
  ) {}

  async start(): Promise<StartedDatabase> {
    // Loaded only when asked for: testcontainers is large and pulls native add-ons.
    const { PostgreSqlContainer } = await loadPostgresModule();
    this.context.log(`starting container ${this.image}`);
    try {
      this.container = await new PostgreSqlContainer(this.image)
        .withDatabase('airflow')
        .withUsername('airflow')
        .withPassword(randomBytes(12).toString('hex'))
        .withCommand(['postgres', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off'])
        .start();
    } catch (error) {
      throw containerError(error, this.image);
    }
    this.context.tracker.addContainer(this.container.getId());
    const uri = this.container.getConnectionUri();
    return { url: toAirflowUrl(uri), libpqUrl: toLibpqUrl(uri), created: true };
  }

  async stop(): Promise<void> {
    const container = this.container;
    if (container === undefined) return;
    this.container = undefined;
    await container.stop({ remove: true, removeVolumes: true });
    this.context.tracker.removeContainer(container.getId());
  }
}

type PostgresModule = typeof import('@testcontainers/postgresql');

/**
 * The module's exports. In the split bundle esbuild hands a CommonJS chunk over as its default export
 * only, while Node (and vitest) give the named exports too.
 */
async function loadPostgresModule(): Promise<PostgresModule> {
  const loaded = (await import('@testcontainers/postgresql')) as PostgresModule & { default?: PostgresModule };
  return typeof loaded.PostgreSqlContainer === 'function' ? loaded : (loaded.default ?? loaded);
}

function containerError(error: unknown, image: string): VerifyError {
  const message = error instanceof Error ? error.message : String(error);
  if (NO_RUNTIME.test(message)) {
    return new VerifyError(
      'No Docker engine answers, so the testcontainers provider cannot start Postgres: set database-url (for example a `services: postgres` container) or use database: local.',
    );
  }
  const first = message.split('\n')[0] ?? message;
  return new VerifyError(`Could not start the Postgres container ${image}: ${first}`);
}
