// `airflow-preflight plan [cfg] --database-url URL (--install-airflow VERSION | --airflow-command PATH)`:
// reads the metastore read-only and reports what the target release's `airflow db migrate` would do to it.
// Exit codes: 0 a plan was made (whatever it holds), 1 a downgrade, an unknown revision, or a table over
// --fail-on-rewrite; 2 usage or connection problems (one line, password masked).
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { knownMigrationHeads } from '../plan/known-heads.js';
import { jsonText } from '../output/json.js';
import { printErr, printJsonText, printOut } from '../output/terminal.js';
import { visible } from '../output/text.js';
import { parseConfig } from '../reader/index.js';
import { maskUrlPasswords } from '../secrets.js';
import { UsageError } from './usage-error.js';

export interface PlanCommandOptions {
  databaseUrl?: string | undefined;
  airflowCommand?: string | undefined;
  installAirflow?: string | undefined;
  schema?: string | undefined;
  sqlFile?: string | undefined;
  failOnRewrite?: string | undefined;
  format?: 'text' | 'json' | undefined;
  verbose?: boolean | undefined;
}

export function registerPlanCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command('plan')
    .description("Read a metastore (read-only) and show what the target release's `airflow db migrate` would do to it: migrations, SQL, tables rewritten or locked, with their sizes.")
    .argument('[cfg]', 'an airflow.cfg to take [database] sql_alchemy_schema from (nothing else of it is used)')
    .option('--database-url <url>', 'the metastore to read, ideally as a role with SELECT only (postgresql://user:password@host:5432/db)')
    .option('--airflow-command <path>', 'the target release\'s airflow program')
    .option('--install-airflow <version>', 'install apache-airflow[postgres]==<version> into a cached virtualenv and plan for it')
    .option('--schema <name>', 'the schema of the metastore tables (default: the cfg\'s sql_alchemy_schema, else the role\'s search_path)')
    .option('--sql-file <file>', 'where to write the SQL the migration would run (default: a file in the temporary directory)')
    .option('--fail-on-rewrite <size>', 'exit 1 when a statement rewrites or locks for a full pass a table larger than this (e.g. 1GB, 500MB)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-v, --verbose', 'print what plan does, step by step, to stderr', false)
    .action(async (cfg: string | undefined, options: PlanCommandOptions) => {
      setExitCode(await planCommand(cfg, options));
    });
}

export async function planCommand(cfg: string | undefined, options: PlanCommandOptions): Promise<number> {
  if (!options.databaseUrl) throw new UsageError('plan needs --database-url: the metastore to read (a read-only role is enough)');
  if (!/^postgres(?:ql)?(?:\+\w+)?:\/\//i.test(options.databaseUrl)) {
    throw new UsageError(`--database-url: plan reads PostgreSQL metastores only, got ${maskUrlPasswords(options.databaseUrl).split(':')[0]}://…`);
  }
  if (options.airflowCommand && options.installAirflow) throw new UsageError('give either --airflow-command or --install-airflow, not both');
  if (!options.airflowCommand && !options.installAirflow) {
    throw new UsageError('plan needs the target release: --airflow-command PATH (an installed airflow) or --install-airflow VERSION');
  }
  const { isDowngradeOrUnknown, parseSize, runPlan } = await import('../plan/run.js');
  const failOnRewriteBytes = options.failOnRewrite === undefined ? undefined : parseSize(options.failOnRewrite);
  if (options.failOnRewrite !== undefined && failOnRewriteBytes === undefined) {
    throw new UsageError(`--fail-on-rewrite: '${options.failOnRewrite}' is not a size such as 500MB or 10GB`);
  }
  const schema = options.schema ?? (cfg ? await schemaOf(cfg) : undefined);
  const log = (line: string) => {
    if (options.verbose) printErr(`  ${visible(line)}\n`);
  };
  const { PlanError } = await import('../plan/errors.js');
  const { resolvePlanTarget } = await import('../plan/target.js');
  const { formatPlanText } = await import('../plan/format.js');
  try {
    const target = options.airflowCommand ? { airflowCommand: options.airflowCommand } : { installAirflow: options.installAirflow ?? '' };
    const installation = await resolvePlanTarget(target, { log, group: async (title, fn) => (log(title), fn()) });
    const result = await runPlan({
      databaseUrl: options.databaseUrl,
      schema,
      installation,
      sqlFile: resolve(options.sqlFile ?? join(tmpdir(), `airflow-preflight-plan-${process.pid}.sql`)),
      failOnRewriteBytes,
      knownHeads: knownMigrationHeads,
      log,
    });
    if (options.format === 'json') printJsonText(jsonText({ plan: result }, maskUrlPasswords));
    else printOut(formatPlanText(result));
    if (isDowngradeOrUnknown(result)) {
      printErr(`airflow-preflight: ${visible(result.message ?? result.status)}\n`);
      return 1;
    }
    return result.overLimit.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof PlanError) throw new UsageError(maskUrlPasswords(error.message));
    throw error;
  }
}

async function schemaOf(cfg: string): Promise<string | undefined> {
  const { readFile } = await import('node:fs/promises');
  let text: string;
  try {
    text = await readFile(cfg, 'utf8');
  } catch {
    throw new UsageError(`${cfg}: no such file`);
  }
  const parsed = parseConfig(text, cfg);
  if (!parsed.ok) return undefined;
  const section = parsed.document.sections.find((s) => s.name === 'database') ?? parsed.document.sections.find((s) => s.name === 'core');
  const value = section?.options.find((o) => o.key === 'sql_alchemy_schema')?.value.trim();
  return value ? value : undefined;
}
