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
    const { PostgreSqlContainer } = await loadPostgresModule().catch((error: unknown) => {
      throw containerError(error, this.image);
    });
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

/** The oldest Node the bundled testcontainers 12 loads on (a dependency fails on Node 20 with "reading 'bind'"). */
const TESTCONTAINERS_MIN_NODE = 22;

export function containerError(error: unknown, image: string, nodeVersion: string = process.versions.node): VerifyError {
  const message = error instanceof Error ? error.message : String(error);
  const major = Number.parseInt(nodeVersion, 10);
  if (major < TESTCONTAINERS_MIN_NODE || /reading 'bind'/.test(message)) {
    return new VerifyError(
      `The testcontainers provider needs Node ${TESTCONTAINERS_MIN_NODE} or newer, and this is Node ${nodeVersion}: run on Node 24 (the action's runtime), or use database: local or database-url.`,
    );
  }
  if (NO_RUNTIME.test(message)) {
    return new VerifyError(
      'No Docker engine answers, so the testcontainers provider cannot start Postgres: set database-url (for example a `services: postgres` container) or use database: local.',
    );
  }
  const first = message.split('\n')[0] ?? message;
  return new VerifyError(`Could not start the Postgres container ${image}: ${first}`);
}
