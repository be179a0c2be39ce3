import { execFile } from 'node:child_process';
import { access, chown, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { type ClusterRecord, stopCluster } from '../cleanup.js';
import { SU_PREFIX, withPrefix } from '../run-as.js';
import { type PostgresProvider, type ProviderContext, type StartedDatabase, VerifyError } from './types.js';

const execFileAsync = promisify(execFile);

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
}

/** The unprivileged account a root process runs Postgres as (initdb refuses to run as root). */
export interface RunAsUser {
  name: string;
  uid: number;
  gid: number;
  /** Command prefix that runs a program as this user. */
  prefix: string[];
}

const DATABASE = 'airflow';

/** A temporary cluster from the machine's PostgreSQL binaries, removed with its directory afterwards. */
export class LocalProvider implements PostgresProvider {
  readonly name = 'local';
  private dir: string | undefined;
  private cluster: ClusterRecord | undefined;

  constructor(
    private readonly context: ProviderContext,
    private readonly binaries: PostgresBinaries,
  ) {}

  async start(): Promise<StartedDatabase> {
    const runAs = await unprivilegedUser();
    const dir = await mkdtemp(join(tmpdir(), 'apf-pg-'));
    this.dir = dir;
    this.context.tracker.addTempDir(dir);
    const dataDir = join(dir, 'data');
    const socketDir = join(dir, 'socket');
    await mkdir(socketDir);
    if (runAs !== undefined) await chownTree(dir, runAs);

    const prefix = runAs?.prefix ?? [];
    this.context.log(`initdb in ${dataDir}${runAs ? ` as ${runAs.name}` : ''}`);
    await runStep(this.context.env, prefix, this.binaries.initdb, ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync'], 'initdb');

    this.cluster = { pgCtl: this.binaries.pgCtl, dataDir, runAs: prefix };
    this.context.tracker.addCluster(this.cluster);
    const port = await this.startServer(prefix, dir, dataDir, socketDir);
    this.cluster.pid = await postmasterPid(dataDir);
    this.context.tracker.addCluster(this.cluster);

    const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    await createDatabase(adminUrl, DATABASE);
    const libpqUrl = `postgresql://postgres@127.0.0.1:${port}/${DATABASE}`;
    return { url: `postgresql+psycopg2://postgres@127.0.0.1:${port}/${DATABASE}`, libpqUrl, created: true };
  }

  /**
   * pg_ctl start on a port the OS just reported free; another process can take it in between,
   * so a failed start is retried on a new port.
   */
  private async startServer(prefix: string[], dir: string, dataDir: string, socketDir: string): Promise<number> {
    const tried: number[] = [];
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      tried.push(port);
      const serverOptions = [
        `-p ${port}`,
        `-k ${socketDir}`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c full_page_writes=off',
        '-c synchronous_commit=off',
      ].join(' ');
      this.context.log(`starting Postgres on 127.0.0.1:${port}`);
      try {
        await runStep(this.context.env, prefix, this.binaries.pgCtl, ['start', '-D', dataDir, '-l', join(dir, 'postgres.log'), '-w', '-t', '60', '-o', serverOptions], 'pg_ctl start', join(dir, 'postgres.log'));
        return port;
      } catch (error) {
        const log = await readFile(join(dir, 'postgres.log'), 'utf8').catch(() => '');
        const taken = /could not bind|Address already in use/i.test(log);
        if (attempt < 3) continue;
        if (taken) {
          throw new VerifyError(
            `Could not start a local Postgres cluster: ports ${tried.join(', ')} on 127.0.0.1 were each taken by another process between the check and the start. Free some ports, or use database: url or testcontainers.`,
          );
        }
        throw error;
      }
    }
  }

  async stop(): Promise<void> {
    if (this.cluster !== undefined) {
      await stopCluster(this.cluster);
      this.context.tracker.removeCluster(this.cluster.dataDir);
      this.cluster = undefined;
    }
    if (this.dir !== undefined) {
      await rm(this.dir, { recursive: true, force: true });
      this.context.tracker.removeTempDir(this.dir);
      this.dir = undefined;
    }
  }
}

/** initdb and pg_ctl from PATH, else from the newest /usr/lib/postgresql/<major>/bin (Debian, Ubuntu runners). */
export async function findPostgresBinaries(
  env: NodeJS.ProcessEnv = process.env,
  libDir = '/usr/lib/postgresql',
): Promise<PostgresBinaries | undefined> {
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  const versioned = await readdir(libDir).catch(() => [] as string[]);
  const majors = versioned.filter((name) => /^\d+(\.\d+)?$/.test(name)).sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  for (const major of majors) dirs.push(join(libDir, major, 'bin'));
  for (const dir of dirs) {
    const initdb = join(dir, 'initdb');
    const pgCtl = join(dir, 'pg_ctl');
    if ((await isExecutable(initdb)) && (await isExecutable(pgCtl))) return { initdb, pgCtl };
  }
  return undefined;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, 1 /* X_OK */);
    return true;
  } catch {
    return false;
  }
}

/** When running as root: `nobody`, reached through runuser, setpriv or su (whichever exists). */
async function unprivilegedUser(): Promise<RunAsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const name = 'nobody';
  const uid = Number((await execFileAsync('id', ['-u', name])).stdout.trim());
  const gid = Number((await execFileAsync('id', ['-g', name])).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) {
    throw new VerifyError('Running as root, and there is no `nobody` user to run Postgres as (initdb refuses root). Use database: url or testcontainers.');
  }
  const prefix = await switchUserPrefix(name, uid, gid);
  return { name, uid, gid, prefix };
}

async function switchUserPrefix(name: string, uid: number, gid: number): Promise<string[]> {
  if (await onPath('runuser')) return ['runuser', '-u', name, '--'];
  if (await onPath('setpriv')) return ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', '--'];
  if (await onPath('su')) return [SU_PREFIX, name];
  throw new VerifyError('Running as root without runuser, setpriv or su to start Postgres as an unprivileged user. Use database: url or testcontainers.');
}

async function onPath(program: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir !== '' && (await isExecutable(join(dir, program)))) return true;
  }
  return false;
}

async function chownTree(dir: string, user: RunAsUser): Promise<void> {
  await chown(dir, user.uid, user.gid);
  for (const entry of await readdir(dir)) await chown(join(dir, entry), user.uid, user.gid);
}

/** Runs one setup program (as the cluster owner); failures become one line with the program's own last words. */
async function runStep(env: NodeJS.ProcessEnv | undefined, prefix: string[], program: string, args: string[], what: string, logFile?: string): Promise<void> {
  const [command, ...commandArgs] = withPrefix(prefix, program, args);
  try {
    await execFileAsync(command ?? program, commandArgs, { timeout: 120_000, env: env ?? process.env });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    let detail = lastLine(e.stderr) ?? lastLine(e.stdout) ?? e.message;
    if (logFile !== undefined) detail = lastLine(await readFile(logFile, 'utf8').catch(() => '')) ?? detail;
    throw new VerifyError(`Could not start a local Postgres cluster (${what} failed: ${detail}). Use database: url or testcontainers instead.`);
  }
}

function lastLine(text: string | undefined): string | undefined {
  const lines = (text ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.at(-1);
}

async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number.parseInt(text.split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** A port that was free a moment ago (the OS picks it); Postgres binds it right after. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  // A server stopped under it (cancellation) must not crash the process with an unhandled 'error' event.
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
