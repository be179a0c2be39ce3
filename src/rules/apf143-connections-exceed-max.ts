import type { ComponentView } from '../components/types.js';
import type { Span } from '../reader/types.js';
import type { ComposeFile, ComposeService } from '../sources/compose.js';
import { isMap, valueAt } from '../sources/helm-chart/chart.js';
import { mergedChartValues, type HelmValues } from '../sources/helm.js';
import { mapGet, nodeSpan, offsetSpan, scalarText, type YamlFile } from '../sources/yaml.js';
import { versionAtLeast } from '../version/compare.js';
import { configuredExecutor } from './support/executor.js';
import { integerOption } from './support/integer.js';
import { metastoreOf, poolEnabled, POSTGRES_MAX_CONNECTIONS, POSTGRES_RESERVED_CONNECTIONS } from './support/metastore.js';
import { providerOptionFact } from './support/provider-option.js';
import { rolesOf, type AirflowRole } from './support/topology.js';
import { pythonInt, resolveValue } from './support/value.js';
import type { Rule, RuleContext } from './types.js';

/** `postgres`, `postgres:16`, `bitnami/postgresql:15`, `docker.io/library/postgres@sha256:…`. */
const POSTGRES_IMAGE = /(?:^|\/)postgres(?:ql)?(?:[:@]|$)/i;
/** `-c max_connections=200`, `--max_connections=200`, `-c max_connections = 200` in a server command. */
const SERVER_SETTING = (name: string) => new RegExp(`(?:^|[\\s"',\\[])(?:-c\\s*|--)${name}\\s*=\\s*(\\d{1,7})(?=$|[\\s"',\\]])`);

interface ProcessCount {
  component: string;
  replicas: number;
  /** Processes that keep a pool of pool_size (+ max_overflow at peak) connections. */
  pooled: number;
  /** Task processes: Airflow 2 runs each task with NullPool, one connection while it talks to the metastore. */
  tasks: number;
  /** Whether anything here departs from the defaults (replicas, workers, concurrency, pool settings). */
  scaled: boolean;
  pool: PoolSize;
}

interface PoolSize {
  size: number;
  overflow: number;
  enabled: boolean;
  explicit: boolean;
}

interface Server {
  /** The compose service or Helm key named in messages: `postgres`, `the chart's postgresql`. */
  name: string;
  maxConnections: number;
  reserved: number;
  /** The `max_connections` setting in the command, or the service's name when the default applies. */
  span: Span;
  explicit: boolean;
}

export const connectionsExceedMax: Rule = {
  meta: {
    id: 'APF143',
    alias: 'connections-exceed-max',
    description:
      "The Airflow processes a compose file or Helm values file starts can open more metastore connections than the PostgreSQL server it defines accepts (max_connections).",
    severity: 'warning',
    tags: ['capacity'],
    versions: 'all (Airflow 2 counts task processes of Celery and Local executors; on Airflow 3 tasks reach the metastore through the API server)',
    messages: {
      steady:
        'The Airflow {{what}} keep up to {{steady}} metastore connections open ({{breakdown}}), more than the {{limit}} that {{server}} accepts (max_connections {{max}} minus {{reserved}} reserved for superusers): processes fail with "FATAL: sorry, too many clients already".',
      peak:
        'At peak the Airflow {{what}} can open {{peak}} metastore connections ({{breakdown}}; pool_size + max_overflow per pooled process), more than the {{limit}} that {{server}} accepts (max_connections {{max}} minus {{reserved}} reserved): under load processes fail with "FATAL: sorry, too many clients already". PgBouncer in front of PostgreSQL is the usual fix at this scale.',
    },
  },
  scope: 'repository',
  check(context) {
    for (const compose of context.repository?.compose ?? []) checkCompose(context, compose);
    for (const values of context.repository?.helm ?? []) checkHelm(context, values);
  },
};

function checkCompose(context: RuleContext, compose: ComposeFile): void {
  const servers = compose.services.filter((service) => POSTGRES_IMAGE.test(service.image ?? '')).map((service) => serverOf(compose, service));
  if (servers.length === 0) return;
  const counts = new Map<Server, ProcessCount[]>();
  for (const component of context.repository?.components ?? []) {
    if (component.kind !== 'compose' || component.file !== compose.file || !component.service) continue;
    const server = metastoreServer(context, component, servers);
    const count = server && processCount(context, component, replicasOf(compose, component.service));
    if (!server || !count) continue;
    counts.set(server, [...(counts.get(server) ?? []), count]);
  }
  for (const [server, processes] of counts) report(context, compose.file, 'services of this compose file', server, processes);
}

/**
 * The official chart's own PostgreSQL (`postgresql.enabled`, Bitnami's image: max_connections 100 unless
 * `postgresql.primary.extendedConfiguration` sets it), reached directly (no `pgbouncer.enabled`, no
 * external `data.metadataConnection`/`metadataSecretName`), with each component's `replicas`.
 */
function checkHelm(context: RuleContext, values: HelmValues): void {
  const merged = mergedChartValues(values);
  if (valueAt(merged, 'pgbouncer.enabled') === true || valueAt(merged, 'postgresql.enabled') === false) return;
  if (valueAt(merged, 'data.metadataSecretName') || hostOf(valueAt(merged, 'data.metadataConnection'))) return;
  const server = helmServer(values, merged);
  const processes: ProcessCount[] = [];
  for (const component of context.repository?.components ?? []) {
    if (component.kind !== 'helm' || component.file !== values.file) continue;
    const key = component.name.split(' (')[0] ?? '';
    if (valueAt(merged, `${key}.enabled`) === false) continue;
    // The chart deploys Celery workers only for a Celery executor.
    if (key === 'workers' && !String(valueAt(merged, 'executor') ?? '').includes('Celery')) continue;
    const count = processCount(context, component, helmReplicas(values, merged, key));
    if (count) processes.push({ ...count, component: key });
  }
  const span = server.explicit ? server.span : explicitSpan(values, processes);
  if (span) report(context, values.file, 'components of this values file', { ...server, span }, processes);
}

function helmServer(values: HelmValues, merged: Record<string, unknown>): Server {
  const configuration = [valueAt(merged, 'postgresql.primary.extendedConfiguration'), valueAt(merged, 'postgresql.primary.configuration')]
    .filter((text): text is string => typeof text === 'string')
    .join('\n');
  const setting = (name: string) => {
    const match = new RegExp(`^[ \\t]*${name}[ \\t]*=[ \\t]*'?(\\d{1,7})'?[ \\t]*(?:#.*)?$`, 'm').exec(configuration);
    return match ? Number(match[1]) : undefined;
  };
  const max = setting('max_connections');
  const postgresql = mapGet(values.yaml, values.root, 'postgresql');
  const primary = mapGet(values.yaml, postgresql?.value, 'primary');
  const configNode = mapGet(values.yaml, primary?.value, 'extendedConfiguration') ?? mapGet(values.yaml, primary?.value, 'configuration');
  const span = (max !== undefined && configNode ? settingSpan(values.yaml, configNode.value, 'max_connections') : undefined) ?? nodeSpan(values.yaml, postgresql?.keyNode);
  return {
    name: "the chart's postgresql",
    maxConnections: max ?? POSTGRES_MAX_CONNECTIONS,
    reserved: setting('superuser_reserved_connections') ?? POSTGRES_RESERVED_CONNECTIONS,
    span: span ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    explicit: max !== undefined && span !== undefined,
  };
}

/** Where a values file scales something up: the first `replicas` it sets above 1. */
function explicitSpan(values: HelmValues, processes: readonly ProcessCount[]): Span | undefined {
  for (const process of processes) {
    if (process.replicas <= 1) continue;
    const key = mapGet(values.yaml, mapGet(values.yaml, values.root, process.component)?.value, 'replicas');
    const span = key ? nodeSpan(values.yaml, key.value) : undefined;
    if (span) return span;
  }
  return undefined;
}

function helmReplicas(values: HelmValues, merged: Record<string, unknown>, key: string): { count: number; explicit: boolean } {
  const count = valueAt(merged, `${key}.replicas`);
  const written = mapGet(values.yaml, mapGet(values.yaml, values.root, key)?.value, 'replicas') !== undefined;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? { count, explicit: written } : { count: 1, explicit: false };
}

function hostOf(connection: unknown): string | undefined {
  return isMap(connection) && typeof connection.host === 'string' && connection.host !== '' ? connection.host : undefined;
}

function report(context: RuleContext, file: string, what: string, server: Server, processes: ProcessCount[]): void {
  const limit = server.maxConnections - server.reserved;
  const steady = sum(processes, (p) => p.replicas * (p.pooled * perPool(p.pool, 'steady') + p.tasks));
  const peak = sum(processes, (p) => p.replicas * (p.pooled * perPool(p.pool, 'peak') + p.tasks));
  const data = { what, limit, server: server.name, max: server.maxConnections, reserved: server.reserved };
  const fix = `Put PgBouncer between Airflow and PostgreSQL (the official chart's pgbouncer.enabled), lower [database] sql_alchemy_pool_size / sql_alchemy_max_overflow, or raise max_connections of ${server.name}.`;
  if (steady > limit) {
    context.report({ messageId: 'steady', data: { ...data, steady, breakdown: breakdown(processes, 'steady') }, file, span: server.span, fix });
    return;
  }
  // With the defaults everywhere (the official compose file) the peak is a theoretical bound that pools
  // filled lazily never reach; once a deployment scales something, the bound is worth knowing.
  if (peak > limit && (server.explicit || processes.some((p) => p.scaled))) {
    context.report({ messageId: 'peak', severity: 'notice', data: { ...data, peak, breakdown: breakdown(processes, 'peak') }, file, span: server.span, fix });
  }
}

/** Connections one pooled process holds: pool_size steadily, plus max_overflow at peak; 1 without a pool. */
function perPool(pool: PoolSize, kind: 'steady' | 'peak'): number {
  if (!pool.enabled) return 1;
  return kind === 'steady' ? pool.size : pool.size + pool.overflow;
}

function breakdown(processes: readonly ProcessCount[], kind: 'steady' | 'peak'): string {
  return processes
    .filter((p) => p.pooled + p.tasks > 0)
    .map((p) => {
      const parts = [p.pooled > 0 ? `${p.pooled}×${perPool(p.pool, kind)}` : '', p.tasks > 0 ? `${p.tasks} tasks` : ''].filter(Boolean).join(' + ');
      return `${p.component} ${p.replicas > 1 ? `${p.replicas}×(${parts})` : parts}`;
    })
    .join(', ');
}

function serverOf(compose: ComposeFile, service: ComposeService): Server {
  const command = service.commands.find((candidate) => candidate.key === 'command');
  const setting = (name: string) => {
    const match = command ? SERVER_SETTING(name).exec(command.text) : null;
    return match ? Number(match[1]) : undefined;
  };
  const fromEnv = service.environment.find((entry) => entry.name === 'POSTGRESQL_MAX_CONNECTIONS');
  const envMax = fromEnv ? pythonInt(fromEnv.value) : undefined;
  const max = setting('max_connections') ?? envMax;
  const span = max === undefined ? service.nameSpan : (settingSpan(compose.yaml, command?.node, 'max_connections') ?? fromEnv?.valueSpan ?? service.nameSpan);
  return {
    name: service.name,
    maxConnections: max ?? POSTGRES_MAX_CONNECTIONS,
    reserved: setting('superuser_reserved_connections') ?? POSTGRES_RESERVED_CONNECTIONS,
    span,
    explicit: max !== undefined,
  };
}

function settingSpan(yaml: YamlFile, node: unknown, name: string): Span | undefined {
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  if (!range) return undefined;
  const at = yaml.text.slice(range[0], range[1]).indexOf(name);
  return at < 0 ? undefined : offsetSpan(yaml, range[0] + at, range[0] + at + name.length);
}

/** The postgres service a component's metastore URL names as its host (not a PgBouncer in between). */
function metastoreServer(context: RuleContext, component: ComponentView, servers: readonly Server[]): Server | undefined {
  const url = metastoreOf({ ...context, config: component.config })?.url;
  if (!url?.dialect.startsWith('postgres')) return undefined;
  return servers.find((server) => server.name === url.host);
}

function processCount(context: RuleContext, component: ComponentView, replicas: { count: number; explicit: boolean }): ProcessCount | undefined {
  const scoped: RuleContext = { ...context, config: component.config, file: component.file };
  const roles = rolesOf(component);
  const airflow3 = versionAtLeast(context.target.knowledgeVersion, '3.0.0');
  let pooled = 0;
  let tasks = 0;
  let scaled = replicas.explicit && replicas.count > 1;
  const add = (role: AirflowRole, count: number) => (roles.has(role) ? count : 0);
  const webWorkers = setting(scoped, airflow3 ? 'api' : 'webserver', 'workers');
  pooled += add(airflow3 ? 'api-server' : 'webserver', webWorkers?.number ?? 0);
  pooled += add('scheduler', 1) + add('triggerer', 1) + add('dag-processor', 1);
  if (!airflow3 && roles.has('worker')) {
    const concurrency = setting(scoped, 'celery', 'worker_concurrency');
    tasks += concurrency?.number ?? 0;
    scaled ||= concurrency?.explicit ?? false;
  }
  if (!airflow3 && roles.has('scheduler') && localExecutor(scoped)) {
    const parallelism = setting(scoped, 'core', 'parallelism');
    tasks += parallelism && parallelism.number > 0 ? parallelism.number : 0;
    scaled ||= parallelism?.explicit ?? false;
  }
  scaled ||= (webWorkers?.explicit ?? false) && roles.has(airflow3 ? 'api-server' : 'webserver');
  if (pooled + tasks === 0) return undefined;
  const pool = poolSize(scoped);
  if (!pool) return undefined;
  return { component: component.service?.name ?? component.name, replicas: replicas.count, pooled, tasks, scaled: scaled || pool.explicit, pool };
}

interface Setting {
  number: number;
  explicit: boolean;
}

/** An integer option of the component (a provider's for `[celery]` on releases whose core lacks it). */
function setting(context: RuleContext, section: string, option: string): Setting | undefined {
  const read = integerOption(context, section, option);
  if (read) return { number: read.number, explicit: read.value.origin !== 'default' };
  const fact = providerOptionFact(context, section, option);
  const value = context.config.get(section, option);
  const resolved = value && value.origin !== 'default' ? resolveValue(context, value) : undefined;
  const text = resolved ? (resolved.known ? resolved.text : undefined) : fact?.default;
  const number = text === undefined || text === null ? undefined : pythonInt(text);
  return number === undefined ? undefined : { number, explicit: value !== undefined && value.origin !== 'default' };
}

function poolSize(context: RuleContext): PoolSize | undefined {
  const size = integerOption(context, 'database', 'sql_alchemy_pool_size');
  const overflow = integerOption(context, 'database', 'sql_alchemy_max_overflow');
  // A pool size of 0 means "no limit" to SQLAlchemy: APF142 reports it; no arithmetic holds then.
  if (!size || !overflow || size.number <= 0) return undefined;
  return {
    size: size.number,
    overflow: Math.max(overflow.number, 0),
    enabled: poolEnabled(context),
    explicit: size.value.origin !== 'default' || overflow.value.origin !== 'default',
  };
}

/** The default (first) executor is LocalExecutor: the scheduler starts the task processes itself. */
function localExecutor(context: RuleContext): boolean {
  return configuredExecutor(context)?.setting.entries[0]?.coreAlias === 'LocalExecutor';
}

/** `deploy.replicas` (or the older `scale`) of a service; 1 when unset. */
function replicasOf(compose: ComposeFile, service: ComposeService | undefined): { count: number; explicit: boolean } {
  if (!service) return { count: 1, explicit: false };
  const yaml = compose.yaml;
  const node = mapGet(yaml, mapGet(yaml, yaml.doc.contents, 'services')?.value, service.name)?.value;
  const text = scalarText(yaml, mapGet(yaml, mapGet(yaml, node, 'deploy')?.value, 'replicas')?.value) ?? scalarText(yaml, mapGet(yaml, node, 'scale')?.value);
  const count = text === undefined ? undefined : pythonInt(text);
  return count === undefined || count < 0 ? { count: 1, explicit: false } : { count, explicit: true };
}

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

