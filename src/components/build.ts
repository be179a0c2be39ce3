// The Airflow components a repository defines, and what each one reads: its cfg file and its
// variables, lowest precedence first. Compose services read the cfg they mount (AIRFLOW_CONFIG, or
// $AIRFLOW_HOME/airflow.cfg); Helm components read the cfg the chart renders from `config:`. A cfg that
// no component reads is a component of its own, as the plain `lint` of one file always was.
import { posix } from 'node:path';
import type { EnvEntry, ProvidedDefault } from '../config/effective.js';
import type { ConfigDocument, Span } from '../reader/types.js';
import { parseCompose, type ComposeEnvEntry, type ComposeFile, type ComposeService } from '../sources/compose.js';
import { parseDockerfileEnv } from '../sources/dockerfile.js';
import { parseDotenv } from '../sources/dotenv.js';
import { looksLikeAirflowValues, parseHelmValues, type HelmValues } from '../sources/helm.js';
import type { RepoFile } from '../sources/kinds.js';
import type { YamlLimit } from '../sources/yaml.js';
import { versionAtLeast } from '../version/compare.js';
import type { TargetVersion } from '../version/types.js';

export interface Component {
  /** As shown to users: `airflow-scheduler (docker-compose.yaml)`, `scheduler (values.yaml)`, or the cfg path. */
  name: string;
  kind: 'cfg' | 'compose' | 'helm';
  /** The file that defines the component: compose file, values file, or the cfg itself. */
  file: string;
  /** The repository cfg the component reads, when there is one. */
  cfgPath?: string | undefined;
  /** Helm: the options of the cfg the chart renders that the values file writes, their spans in `file`. */
  renderedConfig?: ConfigDocument | undefined;
  /** Helm: the rest of the rendered cfg, the chart's own defaults. */
  providedDefaults?: ProvidedDefault[] | undefined;
  /** Every variable the component receives, lowest precedence first. */
  env: EnvEntry[];
  /** Compose: the service, for rules about commands and substitutions. */
  service?: ComposeService | undefined;
  /**
   * Compose: the host path of a cfg the service reads from a bind mount that the repository does not hold:
   * Airflow writes it, generated keys included, at first start, and every service mounting it shares it.
   */
  generatedCfg?: string | undefined;
}

export interface UnreadableSource {
  file: string;
  message: string;
  span: Span;
  /** Refused for its cost (APF021) rather than its syntax (APF301). */
  limit?: YamlLimit | undefined;
}

export interface Repository {
  components: Component[];
  compose: ComposeFile[];
  helm: HelmValues[];
  /** Shell scripts, for rules about the commands they run. */
  scripts: RepoFile[];
  /** Dockerfiles, for rules about what the image installs. */
  dockerfiles: RepoFile[];
  /** Compose and values files that are not valid YAML (their settings are not taken into account). */
  unreadable: UnreadableSource[];
  /** Every non-cfg file that contributed, with its kind (for reports and suppression comments). */
  files: RepoFile[];
}

export interface RepositoryInput {
  /** The cfg files being linted (paths as reported). */
  cfgPaths: readonly string[];
  sources: readonly RepoFile[];
  /** Variables given to every component (--env-file), below each component's own. */
  env?: readonly EnvEntry[] | undefined;
  target: TargetVersion;
}

/** The image's AIRFLOW_HOME when a service does not set it (the official apache/airflow image). */
const IMAGE_AIRFLOW_HOME = '/opt/airflow';

export function buildRepository(input: RepositoryInput): Repository {
  const globalEnv = [...(input.env ?? [])];
  const byPath = new Map(input.sources.map((file) => [file.path, file]));
  const unreadable: UnreadableSource[] = [];
  const used = new Set<string>();
  const compose = parseComposeFiles(input.sources, byPath, unreadable);
  const helm: HelmValues[] = [];
  for (const file of input.sources.filter((f) => f.kind === 'helm' && (f.selected === true || looksLikeAirflowValues(f.text)))) {
    const parsed = parseHelmValues(file.path, file.text, input.target.knowledgeVersion);
    if (parsed.ok) helm.push(parsed.values);
    else unreadable.push(parsed);
  }
  const components: Component[] = [];
  for (const file of compose) {
    for (const service of mergedServices(file, compose)) {
      if (!service.runsAirflow) continue;
      const cfgPath = mountedCfg(service, input.cfgPaths);
      if (cfgPath) used.add(cfgPath);
      const host = mountedCfgHostPath(service);
      components.push({
        generatedCfg: cfgPath === undefined && host !== undefined ? host : undefined,
        name: `${service.name} (${file.file})`,
        kind: 'compose',
        file: file.file,
        cfgPath,
        env: [...globalEnv, ...dockerfileEnv(service, byPath), ...envFileEntries(service, byPath), ...service.environment],
        service,
      });
    }
  }
  for (const values of helm) components.push(...helmComponents(values, globalEnv, input.target));
  for (const cfgPath of input.cfgPaths) {
    if (used.has(cfgPath)) continue;
    components.push({ name: cfgPath, kind: 'cfg', file: cfgPath, cfgPath, env: [...globalEnv, ...ambientEnv(cfgPath, input.sources, compose)] });
  }
  return {
    components,
    compose,
    helm,
    scripts: input.sources.filter((file) => file.kind === 'script'),
    dockerfiles: input.sources.filter((file) => file.kind === 'dockerfile'),
    unreadable,
    files: input.sources.filter((file) => file.kind !== 'cfg'),
  };
}

function parseComposeFiles(sources: readonly RepoFile[], byPath: ReadonlyMap<string, RepoFile>, unreadable: UnreadableSource[]): ComposeFile[] {
  const files: ComposeFile[] = [];
  for (const file of sources.filter((f) => f.kind === 'compose')) {
    const parsed = parseCompose(file.path, file.text, projectVariables(file.path, byPath));
    if (parsed.ok) files.push(parsed.compose);
    else unreadable.push(parsed);
  }
  return files;
}

/** The compose project's `.env` (next to the compose file), used for substitution. */
function projectVariables(composePath: string, byPath: ReadonlyMap<string, RepoFile>): Map<string, string> {
  const dotenv = byPath.get(join(posix.dirname(composePath), '.env'));
  return new Map(dotenv ? parseDotenv(dotenv.path, dotenv.text).map((entry) => [entry.name, entry.value]) : []);
}

/**
 * `docker-compose.override.yml` is merged into `docker-compose.yml` by Compose itself: its services'
 * variables come after (win over) the base file's. An override file is not a project of its own.
 */
function mergedServices(file: ComposeFile, all: readonly ComposeFile[]): ComposeService[] {
  if (isOverride(file.file)) {
    const base = all.find((other) => other.file === baseOf(file.file));
    // Services the base file defines are reported there; the rest stand alone.
    return base ? file.services.filter((service) => !base.services.some((s) => s.name === service.name)) : file.services;
  }
  const override = all.find((other) => isOverride(other.file) && baseOf(other.file) === file.file);
  if (!override) return file.services;
  return file.services.map((service) => {
    const extra = override.services.find((s) => s.name === service.name);
    if (!extra) return service;
    return {
      ...service,
      image: extra.image ?? service.image,
      environment: [...service.environment, ...extra.environment],
      envFiles: [...service.envFiles, ...extra.envFiles],
      volumes: [...service.volumes, ...extra.volumes],
      commands: extra.commands.length > 0 ? extra.commands : service.commands,
      dockerfile: extra.dockerfile ?? service.dockerfile,
      runsAirflow: service.runsAirflow || extra.runsAirflow,
    };
  });
}

function isOverride(path: string): boolean {
  return /\.override\.ya?ml$/i.test(path);
}

function baseOf(overridePath: string): string {
  return overridePath.replace(/\.override(\.ya?ml)$/i, '$1');
}

/** The repository cfg a service reads through a bind mount; else the repository's only cfg. */
function mountedCfg(service: ComposeService, cfgPaths: readonly string[]): string | undefined {
  const host = mountedCfgHostPath(service);
  if (host !== undefined) return cfgPaths.find((path) => posix.normalize(path) === host);
  return cfgPaths.length === 1 ? cfgPaths[0] : undefined;
}

/** The host path of the cfg a service reads, when it lies in a bind-mounted directory. */
function mountedCfgHostPath(service: ComposeService): string | undefined {
  const variable = (name: string) => [...service.environment].reverse().find((entry) => entry.name === name)?.value;
  const inContainer = posix.normalize(variable('AIRFLOW_CONFIG') ?? `${variable('AIRFLOW_HOME') ?? IMAGE_AIRFLOW_HOME}/airflow.cfg`);
  const volumes = [...service.volumes].sort((a, b) => b.target.length - a.target.length);
  for (const volume of volumes) {
    const target = volume.target.replace(/\/$/, '');
    if (inContainer === volume.target) return volume.source;
    if (inContainer.startsWith(`${target}/`)) return join(volume.source, inContainer.slice(target.length + 1));
  }
  return undefined;
}

function envFileEntries(service: ComposeService, byPath: ReadonlyMap<string, RepoFile>): EnvEntry[] {
  return service.envFiles.flatMap((envFile) => {
    const file = byPath.get(envFile.path);
    return file ? parseDotenv(file.path, file.text) : [];
  });
}

function dockerfileEnv(service: ComposeService, byPath: ReadonlyMap<string, RepoFile>): EnvEntry[] {
  const file = service.dockerfile === undefined ? undefined : byPath.get(service.dockerfile);
  return file ? parseDockerfileEnv(file.path, file.text) : [];
}

/**
 * Variables around a cfg that no compose service or Helm release reads: Dockerfiles and `.env` files in
 * its directory or above (a compose project's `.env` only feeds substitution, so it is left out).
 */
function ambientEnv(cfgPath: string, sources: readonly RepoFile[], compose: readonly ComposeFile[]): EnvEntry[] {
  const composeDirs = new Set(compose.map((file) => posix.dirname(file.file)));
  const applies = (file: RepoFile) => isAncestor(posix.dirname(file.path), posix.dirname(cfgPath));
  const dockerfiles = sources.filter((file) => file.kind === 'dockerfile' && applies(file));
  const dotenvs = sources.filter((file) => file.kind === 'env' && posix.basename(file.path) === '.env' && applies(file) && !composeDirs.has(posix.dirname(file.path)));
  return [
    ...dockerfiles.flatMap((file) => parseDockerfileEnv(file.path, file.text)),
    ...dotenvs.flatMap((file) => parseDotenv(file.path, file.text)),
  ];
}

function helmComponents(values: HelmValues, globalEnv: readonly EnvEntry[], target: TargetVersion): Component[] {
  // The chart runs the UI/API as `webserver` on Airflow 2 and as `apiServer` on Airflow 3.
  const skip = versionAtLeast(target.knowledgeVersion, '3.0.0') ? 'webserver' : 'apiServer';
  return values.components
    .filter((component) => component.key !== skip)
    .map((component) => ({
      name: `${component.key} (${values.file})`,
      kind: 'helm' as const,
      file: values.file,
      renderedConfig: values.document,
      providedDefaults: values.chartDefaults,
      env: [...globalEnv, ...values.env, ...component.env],
    }));
}

function isAncestor(dir: string, of: string): boolean {
  return dir === '.' || of === dir || of.startsWith(`${dir}/`);
}

function join(dir: string, path: string): string {
  return dir === '.' || dir === '' ? posix.normalize(path) : posix.normalize(posix.join(dir, path));
}

export type { ComposeEnvEntry };
