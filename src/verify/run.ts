import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MetastoreFacts } from '../knowledge/types.js';
import { SecretRegistry, maskUrlPasswords } from '../secrets.js';
import {
  type AirflowInstallation,
  AirflowRunner,
  type ExecutorLoad,
  MIGRATE_AND_CHECK,
  type SessionOutput,
  installAirflow,
  installedAirflowVersion,
  parseAirflowVersion,
  parseSessionOutput,
  randomPassword,
  resolveAirflowCommand,
} from './airflow.js';
import { type CleanupState, CleanupTracker, cleanupFromState, cleanupFromStateNow, isEmptyState } from './cleanup.js';
import { randomBytes } from 'node:crypto';
import { buildAirflowEnv, defaultMigrateCommand, releaseAtLeast } from './env.js';
import { EXECUTOR_NOT_FOR_PRODUCTION, EXECUTOR_NOT_LOADABLE, type MappedError, extractErrorLines, mapAirflowError } from './error-map.js';
import { missingTables, readMetastore, userExists } from './metastore.js';
import type { RunResult } from './process.js';
import { type ProviderProbes, selectProvider } from './providers/select.js';
import { type DatabaseChoice, type PostgresProvider, type StartedDatabase, VerifyError } from './providers/types.js';
import type { VerifyCheck, VerifyOptionRef, VerifyResult } from './types.js';
import { type ConfiguredExecutor, ParallelProbe } from './parallel/prove.js';
import { type MetastoreTemplate, type OptionFacts, type SandboxedConfig, metastoreTemplate, registerCfgSecrets, sandboxConfig, throwawayMetastoreUrl } from './sandbox.js';
import { parallelChecks } from './parallel/check.js';

export interface VerifyOptions {
  /** The user's airflow.cfg; a copy is what Airflow reads. */
  cfgPath: string;
  /** An `airflow` program already installed (path or name on PATH). */
  airflowCommand?: string | undefined;
  /** Install this exact release into a cached virtualenv instead. */
  installAirflow?: string | undefined;
  database: DatabaseChoice;
  databaseUrl?: string | undefined;
  allowExistingDatabase?: boolean | undefined;
  postgresImage?: string | undefined;
  createAdminUser?: boolean | undefined;
  /** After the checks, run a probe DAG with the configured executor and measure how many tasks ran at once. */
  proveParallel?: boolean | undefined;
  /** How long the parallel probe waits for its run. */
  parallelTimeoutMs?: number | undefined;
  /** Expected tables, head and migrate command for the Airflow release found (from the generated knowledge). */
  metastoreFacts?: ((airflowVersion: string) => Promise<MetastoreFacts | undefined>) | undefined;
  migrateTimeoutMs?: number | undefined;
  commandTimeoutMs?: number | undefined;
  secrets?: SecretRegistry | undefined;
  /** The environment Airflow inherits (scrubbed of metastore variables); process.env by default. */
  env?: NodeJS.ProcessEnv | undefined;
  /**
   * Let Airflow run the cfg's and the environment's `_cmd` options and use their secrets backend (off:
   * verify replaces them and says so). The metastore is the throwaway one either way.
   */
  allowConfigCommands?: boolean | undefined;
  /** The extras `install-airflow` adds for the configured executors (the generated knowledge); none by default. */
  executorExtras?: ((airflowVersion: string, executors: string) => Promise<string[]>) | undefined;
  /** Which options a release declares (the generated knowledge); decides what is a `_secret` form. */
  optionFacts?: ((airflowVersion: string) => Promise<OptionFacts | undefined>) | undefined;
  /** Replaces the machine probes of `auto` (tests). */
  probes?: ProviderProbes | undefined;
}

export interface VerifyIO {
  log(line: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Receives what must be removed if this process dies (the action saves it for its post step). */
  saveState?(state: CleanupState): void;
  /** Told when a phase starts (`airflow`, `database`, `migrate`, `checks`, `cleanup`). */
  onPhase?(phase: string): void;
}

/** The variable whose value marks the processes of one verify run. */
const RUN_MARKER_VARIABLE = 'AIRFLOW_PREFLIGHT_VERIFY';
const DEFAULT_MIGRATE_TIMEOUT_MS = 15 * 60_000;
const DEFAULT_COMMAND_TIMEOUT_MS = 5 * 60_000;
const ADMIN_USERNAME = 'airflow_preflight_admin';

/**
 * Creates a throwaway metastore with a real `airflow db migrate` under the user's configuration and
 * checks what it produced. Everything it starts is removed before it returns, whatever happens.
 */
export async function runVerify(options: VerifyOptions, io: VerifyIO): Promise<VerifyResult> {
  const run = new VerifyRun(options, io);
  const removeSignalHandlers = cleanupOnSignals(run);
  try {
    return await run.execute();
  } finally {
    await run.cleanup();
    removeSignalHandlers();
  }
}

/** Exit codes of a process ended by SIGINT / SIGTERM, as shells report them. */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * SIGINT/SIGTERM (a cancelled job, Ctrl-C): remove everything at once, synchronously — the run cannot
 * start anything new meanwhile, and a second signal finds nothing left — then exit the way the signal
 * would have. The action's post step stays the backstop for SIGKILL.
 */
function cleanupOnSignals(run: VerifyRun): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    run.cleanupNow(signal);
    process.exit(SIGNAL_EXIT[signal] ?? 1);
  };
  // Any other way out (an uncaught error, a closed output pipe) still removes everything: 'exit' handlers run synchronously.
  const onExit = (): void => run.cleanupNow('exit');
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  process.on('exit', onExit);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
    process.off('exit', onExit);
  };
}

class VerifyRun {
  private readonly secrets: SecretRegistry;
  private readonly tracker: CleanupTracker;
  private readonly marker: string;
  private readonly env: NodeJS.ProcessEnv;
  private provider: PostgresProvider | undefined;
  private home: string | undefined;
  private cleaning: Promise<void> | undefined;
  private probe: ParallelProbe | undefined;
  private executors: ConfiguredExecutor[] = [];
  private phase = 'airflow';
  private readonly result: VerifyResult = {
    verified: false,
    provider: '',
    airflowVersion: '',
    migrateCommand: '',
    expectedTables: [],
    foundTables: [],
    missingTables: [],
    expectedHead: undefined,
    migrationHead: undefined,
    checks: [],
    timings: {},
    errorLines: [],
    replacedOptions: [],
  };
  private cfgText = '';

  constructor(
    private readonly options: VerifyOptions,
    private readonly io: VerifyIO,
  ) {
    this.secrets = options.secrets ?? new SecretRegistry();
    this.env = options.env ?? process.env;
    this.secrets.addUrlPassword(options.databaseUrl);
    this.tracker = new CleanupTracker((state) => io.saveState?.(state));
    // Every process the run starts (Postgres included) inherits it: found and killed by it on cancellation.
    this.marker = `${RUN_MARKER_VARIABLE}=${randomBytes(12).toString('hex')}`;
    this.tracker.addProcessMarker(this.marker);
  }

  /** The marker as a variable for child environments. */
  private get markerEnv(): NodeJS.ProcessEnv {
    const [name = RUN_MARKER_VARIABLE, value = ''] = this.marker.split('=');
    return { [name]: value };
  }

  /** For a signal handler: everything removed before it returns (see cleanupOnSignals). */
  cleanupNow(reason: NodeJS.Signals | 'exit'): void {
    const state = this.tracker.snapshot();
    if (isEmptyState(state)) return;
    const problems = cleanupFromStateNow(state);
    this.tracker.clear();
    const why = reason === 'exit' ? 'ended early' : `cancelled by ${reason}`;
    this.io.log(`${why}: removed what verify had started${problems.length > 0 ? `; ${problems.join('; ')}` : ''}`);
  }

  async execute(): Promise<VerifyResult> {
    try {
      await this.steps();
    } catch (error) {
      this.fail(this.phase, error);
    }
    this.result.verified = this.result.checks.length > 0 && this.result.checks.every((c) => c.ok || c.severity === 'warning');
    return this.result;
  }

  /** Idempotent: the signal handler and the finally block may both call it. */
  cleanup(): Promise<void> {
    this.cleaning ??= this.timed('cleanup', async () => {
      await this.probe?.stop();
      await this.provider?.stop().catch((error: unknown) => this.io.log(`cleanup: ${this.mask(String(error))}`));
      if (this.home !== undefined) {
        await rm(this.home, { recursive: true, force: true });
        this.tracker.removeTempDir(this.home);
      }
      for (const problem of await cleanupFromState(this.tracker.snapshot())) this.io.log(`cleanup: ${problem}`);
      this.tracker.removeProcessMarker(this.marker);
    });
    return this.cleaning;
  }

  private async steps(): Promise<void> {
    const home = await this.prepareHome();
    const installation = await this.timed('airflow', () => this.airflowInstallation());
    const configPath = join(home, 'airflow.cfg');
    // Nothing Airflow reads may run the cfg's commands, not even `airflow version`: sandboxed before any start.
    let sandbox = await this.writeSandboxedCfg(configPath, undefined);
    const template = metastoreTemplate(sandbox.document, this.env);
    if (!template.ok) {
      this.rejectMetastoreUrl(template);
      return;
    }
    this.reportReplaced(sandbox, template);
    const database = await this.timed('database', () => this.startDatabase());
    const databaseUrl = throwawayMetastoreUrl(template, database.libpqUrl);
    this.secrets.addUrlPassword(databaseUrl);

    // The version decides the variables, so it is read with the throwaway URL already in place.
    const probeEnv = this.airflowEnv(sandbox, { home, configPath, databaseUrl, airflowVersion: '0.0' });
    const version = await this.timed('airflow', () => this.detectVersion(installation, probeEnv.env));
    if (version === undefined) return;
    this.result.airflowVersion = version;
    sandbox = await this.writeSandboxedCfg(configPath, await this.options.optionFacts?.(version));
    this.reportReplaced(sandbox, template);
    const { env, removed } = this.airflowEnv(sandbox, { home, configPath, databaseUrl, airflowVersion: version });
    Object.assign(env, sandboxPaths(home));
    if (removed.length > 0) this.io.log(`not passed to Airflow: ${removed.join(', ')}`);
    const runner = new AirflowRunner(installation, env, this.tracker, (line) => this.io.log(this.mask(line)));

    const facts = await this.options.metastoreFacts?.(version);
    const migrateArgs = facts?.migrateCommand ?? defaultMigrateCommand(version);
    this.result.migrateCommand = `airflow ${migrateArgs.join(' ')}`;
    this.result.expectedTables = facts?.tables ?? [];
    this.result.expectedHead = facts?.migrationHead;

    const session = await this.migrateAndCheck(runner, migrateArgs);
    const migrated = session !== undefined;
    await this.timed('checks', async () => {
      await this.checkMetastore(database, facts !== undefined, version);
      if (session === undefined) return;
      for (const check of session.checks) this.sessionCheck(check);
      this.checkExecutor(session.executors, session.result);
      if (this.options.createAdminUser === true) await this.createAdminUser(runner, database, version);
    });
    if (this.options.proveParallel === true && migrated) {
      await this.timed('parallel', () => this.proveParallel(runner, env, database, version));
    }
  }

  /** The child environment: the sandbox's removals and throwaway values, then the metastore variables. */
  private airflowEnv(sandbox: SandboxedConfig, options: Parameters<typeof buildAirflowEnv>[1]): ReturnType<typeof buildAirflowEnv> {
    const base: NodeJS.ProcessEnv = { ...this.env };
    for (const name of sandbox.dropEnv) delete base[name];
    const built = buildAirflowEnv({ ...base, ...sandbox.setEnv, ...this.markerEnv }, options);
    return { env: built.env, removed: [...new Set([...built.removed, ...sandbox.dropEnv])].sort() };
  }

  private async writeSandboxedCfg(configPath: string, facts: OptionFacts | undefined): Promise<SandboxedConfig> {
    const sandbox = sandboxConfig(this.cfgText, this.env, { allowConfigCommands: this.options.allowConfigCommands === true, facts });
    for (const value of Object.values(sandbox.setEnv)) this.secrets.add(value);
    await writeFile(configPath, sandbox.cfgText);
    return sandbox;
  }

  /** What the report lists as not used as written; called again once the release's facts refine the list. */
  private reportReplaced(sandbox: SandboxedConfig, template: MetastoreTemplate & { ok: true }): void {
    const first = this.result.replacedOptions.length === 0;
    this.result.replacedOptions = [];
    const kept = [template.scheme, ...(template.query.length > 0 ? [`query ${template.query.map((q) => q.split('=')[0]).join(', ')}`] : [])].join(', ');
    const dropped = template.droppedQuery.length > 0 ? `; query ${template.droppedQuery.join(', ')} dropped` : '';
    this.result.replacedOptions.push({
      option: template.from ?? '[database] sql_alchemy_conn',
      source: template.from === undefined ? 'default' : template.from === 'the environment' ? 'environment' : 'cfg',
      replacement:
        template.note ??
        `user, password, host, port and database replaced by the throwaway metastore's; kept ${kept}${dropped}`,
    });
    this.result.replacedOptions.push(...sandbox.replaced);
    if (!first) return;
    for (const entry of this.result.replacedOptions) this.io.log(`not used as written: ${entry.option} (${entry.source}): ${entry.replacement}`);
  }

  /** configparser cannot interpolate the metastore URL: Airflow would fail reading it, so verify fails the same way. */
  private rejectMetastoreUrl(template: MetastoreTemplate & { ok: false }): void {
    const detail = `Airflow raises ${template.kind} when it reads [${template.section}] ${template.option}: ${template.message}`;
    this.result.errorLines.push(this.mask(`configparser.${template.kind}: ${template.message}`));
    this.addCheck({
      name: 'metastore URL',
      ok: false,
      detail,
      ruleId: 'APF002',
      option: { section: template.section, option: template.option, line: template.line },
    });
  }

  private enter(phase: string): void {
    this.phase = phase;
    this.io.onPhase?.(phase);
  }

  private async airflowInstallation(): Promise<AirflowInstallation> {
    this.enter('airflow');
    const { airflowCommand, installAirflow: version } = this.options;
    if (airflowCommand !== undefined && airflowCommand !== '') return resolveAirflowCommand(airflowCommand, this.env);
    if (version === undefined || version === '') {
      throw new VerifyError('verify needs Airflow: set airflow-command to the installed `airflow`, or install-airflow to a release such as 2.10.5.');
    }
    // Airflow 3 starts only if the FAB provider is there when [core] auth_manager names it (and keeps users there).
    const fab = /fab/i.test(this.configuredOption('core', 'auth_manager'));
    const extras = fab && releaseAtLeast(version, '3.0') ? ['fab'] : [];
    // The configured executor's provider (CeleryExecutor is not in apache-airflow[postgres]).
    extras.push(...((await this.options.executorExtras?.(version, this.configuredOption('core', 'executor'))) ?? []));
    return installAirflow(version, { log: (line) => this.io.log(this.mask(line)), group: (title, fn) => this.io.group(title, fn) }, { extras, env: this.env });
  }

  private async startDatabase(): Promise<StartedDatabase> {
    this.enter('database');
    const context = { tracker: this.tracker, log: (line: string) => this.io.log(this.mask(line)), env: { ...process.env, ...this.markerEnv } };
    const provider = await selectProvider(
      {
        database: this.options.database,
        databaseUrl: this.options.databaseUrl,
        allowExistingDatabase: this.options.allowExistingDatabase,
        postgresImage: this.options.postgresImage,
      },
      context,
      this.options.probes,
    );
    this.provider = provider;
    this.result.provider = provider.name;
    const database = await this.io.group(`Starting Postgres (${provider.name})`, () => provider.start());
    this.secrets.addUrlPassword(database.libpqUrl);
    this.result.databaseUrl = maskUrlPasswords(database.libpqUrl);
    return database;
  }

  /** AIRFLOW_HOME in a temporary directory; the cfg Airflow reads there is verify's own copy, the user's file is never written. */
  private async prepareHome(): Promise<string> {
    try {
      this.cfgText = await readFile(this.options.cfgPath, 'utf8');
    } catch (error) {
      throw new VerifyError(`Cannot read ${this.options.cfgPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
    this.registerCfgSecrets();
    const home = await mkdtemp(join(tmpdir(), 'apf-airflow-'));
    this.home = home;
    this.tracker.addTempDir(home);
    for (const dir of ['dags', 'plugins', 'logs']) await mkdir(join(home, dir));
    return home;
  }

  /**
   * The cfg's secrets, before Airflow can quote them: configparser's interpolation error quotes a value
   * from its `%` on (`found: '%xyz…'`), so those tails of a secret count as secret too.
   */
  /** An option as Airflow would read it, before any command: the variable, else the cfg (empty when unset). */
  private configuredOption(section: string, option: string): string {
    const fromEnv = this.env[`AIRFLOW__${section.toUpperCase()}__${option.toUpperCase()}`];
    if (fromEnv !== undefined && fromEnv.trim() !== '') return fromEnv;
    const document = sandboxConfig(this.cfgText, {}, { allowConfigCommands: true }).document;
    return document?.sections.find((s) => s.name === section)?.options.find((o) => o.key === option)?.value ?? '';
  }

  private registerCfgSecrets(): void {
    registerCfgSecrets(sandboxConfig(this.cfgText, {}, { allowConfigCommands: true }).document, this.secrets);
  }

  /** Undefined (with a failed check) when Airflow cannot even start with this configuration. */
  private async detectVersion(installation: AirflowInstallation, env: NodeJS.ProcessEnv): Promise<string | undefined> {
    // The package metadata answers without starting Airflow (2–3 s of imports); the migration proves it starts.
    const installed = await installedAirflowVersion(installation);
    if (installed !== undefined) return installed;
    const runner = new AirflowRunner(installation, env, this.tracker);
    const result = await runner.airflow(['version'], this.commandTimeout);
    const version = parseAirflowVersion(result.stdout);
    if (result.code === 0 && version !== undefined) return version;
    this.addFailure('airflow version', result, undefined, `${installation.command} version`);
    return undefined;
  }

  /**
   * The migration and the checks after it, in one Python process (MIGRATE_AND_CHECK). The migration's
   * part of the time counts as `migrate`, the rest as `checks`. Undefined when the migration failed.
   */
  private async migrateAndCheck(runner: AirflowRunner, args: string[]): Promise<{ checks: SessionOutput['checks']; executors: ExecutorLoad[]; result: RunResult } | undefined> {
    this.enter('migrate');
    const title = `airflow ${args.join(' ')}`;
    const timeout = this.options.migrateTimeoutMs ?? DEFAULT_MIGRATE_TIMEOUT_MS;
    const started = performance.now();
    let migrated: number | undefined;
    const result = await this.io.group(`${title}, then the checks`, () =>
      runner.python(MIGRATE_AND_CHECK, timeout, args, (line) => {
        if (migrated === undefined && line.startsWith('APF_MIGRATE_EXIT')) {
          migrated = performance.now();
          this.enter('checks');
        }
      }),
    );
    const ended = performance.now();
    this.result.timings.migrate = Math.round((migrated ?? ended) - started);
    this.result.timings.checks = Math.round(ended - (migrated ?? ended));
    const session = parseSessionOutput(result.output);
    if (session.migrateExit === 0) {
      this.addCheck({ name: title, ok: true, detail: 'the metastore was created' });
      return { checks: session.checks, executors: session.executors, result };
    }
    const migrateOutput = { ...result, output: result.output.split(/^APF_MIGRATE_EXIT.*$/m)[0] ?? result.output };
    if (session.migrateExit !== undefined) migrateOutput.code = session.migrateExit;
    this.addFailure(title, migrateOutput, result.timedOut ? `timed out after ${Math.round(timeout / 1000)} s` : undefined, `${title} (in ${runner.pythonPath})`);
    return undefined;
  }

  /** One of `airflow db check` / `airflow db check-migrations`, as run in the session. */
  private sessionCheck(check: SessionOutput['checks'][number]): void {
    if (check.ok) {
      this.addCheck({ name: check.name, ok: true, detail: check.detail });
      return;
    }
    const detail = this.mask(check.detail);
    this.result.errorLines.push(detail);
    const mapped = mapAirflowError([detail]);
    this.addCheck({ name: check.name, ok: false, detail, ruleId: mapped?.ruleId, option: mapped === undefined ? undefined : optionRef(mapped) });
  }

  private async checkMetastore(database: StartedDatabase, haveFacts: boolean, version: string): Promise<void> {
    this.enter('checks');
    const snapshot = await readMetastore(database.libpqUrl);
    this.result.foundTables = snapshot.tables;
    this.result.migrationHead = snapshot.heads.join(',') || undefined;
    this.result.missingTables = missingTables(this.result.expectedTables, snapshot.tables);
    if (!haveFacts) {
      this.addCheck({
        name: 'expected tables',
        ok: snapshot.tables.length > 0,
        detail: `${snapshot.tables.length} tables found; no generated knowledge for Airflow ${version} to compare them with`,
      });
      return;
    }
    const missing = this.result.missingTables;
    this.addCheck({
      name: 'expected tables',
      ok: missing.length === 0,
      detail:
        missing.length === 0
          ? `all ${this.result.expectedTables.length} expected tables exist`
          : `${missing.length} of ${this.result.expectedTables.length} expected tables are missing: ${missing.join(', ')}`,
    });
    const expected = this.result.expectedHead;
    this.addCheck({
      name: 'migration head',
      ok: expected === this.result.migrationHead,
      detail:
        expected === this.result.migrationHead
          ? `alembic_version holds ${expected}`
          : `alembic_version holds ${this.result.migrationHead ?? 'nothing'}, expected ${expected}`,
    });
  }

  private checkExecutor(loads: ExecutorLoad[], result: RunResult): void {
    const name = 'executor loads';
    this.executors = loads.map((l) => (l.ok ? { name: l.name, classPath: l.detail } : { name: l.name, error: l.detail }));
    const failed = loads.find((l) => !l.ok);
    if (failed !== undefined || loads.length === 0) {
      const detail = failed !== undefined ? `${failed.name} cannot be loaded: ${failed.detail}` : (this.errorLines(result).at(-1) ?? 'the executor check printed nothing');
      this.result.errorLines.push(this.mask(detail));
      this.addCheck({ name, ok: false, detail: this.mask(detail), ruleId: EXECUTOR_NOT_LOADABLE, option: { section: 'core', option: 'executor' } });
      return;
    }
    this.addCheck({ name, ok: true, detail: loads.map((l) => `${l.name} → ${l.detail}`).join('; ') });
    const testing = loads.find((l) => /\.(SequentialExecutor|DebugExecutor)$/.test(l.detail));
    if (testing !== undefined) {
      this.addCheck({
        name: 'executor for production',
        ok: false,
        severity: 'warning',
        detail: `${testing.name} runs one task at a time and is meant for testing; use LocalExecutor, CeleryExecutor or KubernetesExecutor`,
        ruleId: EXECUTOR_NOT_FOR_PRODUCTION,
        option: { section: 'core', option: 'executor' },
      });
    }
  }

  private async proveParallel(runner: AirflowRunner, env: NodeJS.ProcessEnv, database: StartedDatabase, version: string): Promise<void> {
    this.enter('parallel');
    const cfgText = await readFile(this.options.cfgPath, 'utf8').catch(() => '');
    this.probe = new ParallelProbe({
      airflowCommand: runner.command,
      python: (code, timeoutMs) => runner.python(code, timeoutMs),
      env,
      airflowVersion: version,
      libpqUrl: database.libpqUrl,
      tracker: this.tracker,
      executors: this.executors,
      sources: { cfgText, cfgFile: this.options.cfgPath, env: this.env },
      log: (line) => this.io.log(this.mask(line)),
      timeoutMs: this.options.parallelTimeoutMs,
    });
    const probe = this.probe;
    const parallel = await this.io.group('Proving that tasks run in parallel', () => probe.run());
    this.result.parallel = { ...parallel, detail: this.mask(parallel.detail) };
    for (const check of parallelChecks(parallel, version)) this.addCheck(check);
  }

  private async createAdminUser(runner: AirflowRunner, database: StartedDatabase, version: string): Promise<void> {
    const name = 'create admin user';
    const help = await runner.airflow(['users', 'create', '--help'], this.commandTimeout);
    if (help.code !== 0) {
      if (releaseAtLeast(version, '3.0') && !/fab/i.test(this.configuredOption('core', 'auth_manager'))) {
        // The configuration's own choice: its auth manager has no users to create. Said, not failed.
        this.addCheck({
          name,
          ok: false,
          severity: 'warning',
          detail: `no user created: on Airflow ${version} users belong to the FAB auth manager, and this configuration uses another ([core] auth_manager); set it to airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager to manage users`,
        });
        return;
      }
      const detail = releaseAtLeast(version, '3.0')
        ? `Airflow ${version} has no \`airflow users\` command although [core] auth_manager names the FAB auth manager: install apache-airflow-providers-fab`
        : `\`airflow users create\` is not available in Airflow ${version}`;
      this.addCheck({ name, ok: false, detail });
      return;
    }
    const password = randomPassword();
    this.secrets.add(password);
    const args = ['users', 'create', '--username', ADMIN_USERNAME, '--firstname', 'Preflight', '--lastname', 'Admin', '--role', 'Admin', '--email', 'admin@example.invalid', '--password', password];
    const result = await this.io.group('airflow users create', () => runner.airflow(args, this.commandTimeout));
    if (result.code !== 0) {
      this.addFailure(name, result);
      return;
    }
    const exists = await userExists(database.libpqUrl, ADMIN_USERNAME);
    this.addCheck({
      name,
      ok: exists,
      detail: exists ? `user ${ADMIN_USERNAME} exists in ab_user` : `\`airflow users create\` succeeded but ab_user has no ${ADMIN_USERNAME} row`,
    });
  }

  /**
   * A failed Airflow command: its own error lines, masked, and the lint rule they map to. Without
   * error lines the detail says which program failed and how (exit code or signal), and what it printed.
   */
  private addFailure(name: string, result: RunResult, reason?: string, command?: string): void {
    const lines = this.errorLines(result);
    this.result.errorLines.push(...lines);
    const mapped = mapAirflowError(lines);
    this.addCheck({
      name,
      ok: false,
      detail: reason ?? result.spawnError ?? failureDetail(command ?? name, result, lines),
      ruleId: mapped?.ruleId,
      option: mapped === undefined ? undefined : optionRef(mapped),
    });
  }

  private fail(name: string, error: unknown): void {
    const message = error instanceof VerifyError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    const masked = this.mask(message);
    const mapped = mapAirflowError(this.result.errorLines);
    this.addCheck({
      name,
      ok: false,
      detail: masked,
      ruleId: mapped?.ruleId,
      option: mapped === undefined ? undefined : optionRef(mapped),
    });
    if (!this.result.errorLines.includes(masked)) this.result.errorLines.push(masked);
  }

  private errorLines(result: RunResult): string[] {
    return extractErrorLines(result.output).map((line) => this.mask(line));
  }

  private addCheck(check: VerifyCheck): void {
    this.result.checks.push({ ...check, detail: this.mask(check.detail) });
  }

  private mask(text: string): string {
    return this.secrets.mask(text);
  }

  private get commandTimeout(): number {
    return this.options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  }

  private async timed<T>(phase: string, fn: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await fn();
    } finally {
      this.result.timings[phase] = (this.result.timings[phase] ?? 0) + Math.round(performance.now() - started);
    }
  }
}

/**
 * How a command failed, in one line: a signal is the cause whatever the program printed last (a
 * SIGKILLed migration's last line is an INFO log line); else its exit code and its last line of output.
 */
export function failureDetail(command: string, result: RunResult, errorLines: readonly string[]): string {
  if (result.signal !== null && result.signal !== undefined) {
    return `\`${command}\` was killed by ${result.signal}${result.signal === 'SIGKILL' ? ' (by another process, or the kernel when memory ran out)' : ''}`;
  }
  const last = errorLines.at(-1);
  const status = `\`${command}\` exited with code ${result.code ?? 'unknown'}`;
  return last === undefined ? `${status} and printed nothing` : `${status}: ${last}`;
}

function optionRef(mapped: MappedError): VerifyOptionRef {
  return { section: mapped.section, option: mapped.option, needle: mapped.needle, line: mapped.cfgLine };
}

/**
 * Folders a production cfg points at (`/opt/airflow/logs`…) that Airflow creates at start-up: kept
 * inside the temporary home so verifying never writes outside it or fails on a missing mount.
 */
function sandboxPaths(home: string): NodeJS.ProcessEnv {
  return {
    AIRFLOW__CORE__DAGS_FOLDER: join(home, 'dags'),
    AIRFLOW__CORE__PLUGINS_FOLDER: join(home, 'plugins'),
    AIRFLOW__LOGGING__BASE_LOG_FOLDER: join(home, 'logs'),
    AIRFLOW__LOGGING__DAG_PROCESSOR_MANAGER_LOG_LOCATION: join(home, 'logs', 'dag_processor_manager.log'),
    AIRFLOW__SCHEDULER__CHILD_PROCESS_LOG_DIRECTORY: join(home, 'logs', 'scheduler'),
  };
}
