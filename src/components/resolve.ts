// Every component of a repository with the configuration it runs with: what the lint engine checks
// and what `explain` prints.
import { buildEffectiveConfig, type EnvEntry, type ProvidedDefault } from '../config/effective.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import { parseConfig } from '../reader/parse.js';
import { splitPythonLines } from '../reader/python-text.js';
import type { ConfigDocument, ConfigParserError } from '../reader/types.js';
import type { RepoFile } from '../sources/kinds.js';
import { collectSecrets } from '../engine/collect-secrets.js';
import { SecretRegistry } from '../secrets.js';
import type { TargetVersion } from '../version/types.js';
import { buildRepository, type Component, type Repository } from './build.js';
import type { ComponentView } from './types.js';

export interface CfgText {
  path: string;
  text: string;
}

export interface ResolveInput {
  cfgFiles: readonly CfgText[];
  sources?: readonly RepoFile[] | undefined;
  env?: readonly EnvEntry[] | undefined;
  knowledge: AirflowKnowledge;
  target: TargetVersion;
}

/** A cfg file as read: the document configparser would accept, or its error and what was read before. */
export interface ReadCfg {
  source: CfgText;
  document: ConfigDocument | undefined;
  parseError: ConfigParserError | undefined;
  partial: ConfigDocument;
}

/** One component ready for the rules: the file and document its context names, and its configuration. */
export interface ResolvedComponent {
  view: ComponentView;
  /** The cfg it reads, else the file defining it. */
  file: string;
  document: ConfigDocument | undefined;
  parseError: ConfigParserError | undefined;
  lines: readonly string[];
}

export interface ResolvedRepository {
  repository: Repository;
  cfgs: Map<string, ReadCfg>;
  components: ResolvedComponent[];
}

/** Every secret the repository's cfg files and components hold, registered before anything is printed. */
export function collectRepositorySecrets(resolved: ResolvedRepository, knowledge: AirflowKnowledge, secrets = new SecretRegistry()): SecretRegistry {
  for (const cfg of resolved.cfgs.values()) collectSecrets(secrets, cfg.partial, [], knowledge);
  for (const component of resolved.repository.components) {
    collectSecrets(secrets, component.renderedConfig ?? EMPTY_DOCUMENT, component.env, knowledge);
  }
  return secrets;
}

export const EMPTY_DOCUMENT: ConfigDocument = { defaults: undefined, sections: [], comments: [], lineCount: 0 };

export function resolveComponents(input: ResolveInput): ResolvedRepository {
  const cfgs = new Map(input.cfgFiles.map((source) => [source.path, readCfg(source)]));
  const repository = buildRepository({
    cfgPaths: input.cfgFiles.map((source) => source.path),
    sources: input.sources ?? [],
    env: input.env,
    target: input.target,
  });
  const components = repository.components.map((component) => resolveComponent(component, cfgs, input));
  return { repository, cfgs, components };
}

function readCfg(source: CfgText): ReadCfg {
  const parsed = parseConfig(source.text, source.path);
  return parsed.ok
    ? { source, document: parsed.document, parseError: undefined, partial: parsed.document }
    : { source, document: undefined, parseError: parsed.error, partial: parsed.partial };
}

/**
 * The keys Airflow generates when it writes a missing cfg (sensitive options without a default: fernet_key,
 * secret_key, jwt_secret): in a bind-mounted file every service shares, so they are one value, unknown here.
 */
function generatedKeys(hostPath: string | undefined, knowledge: AirflowKnowledge): ProvidedDefault[] | undefined {
  if (hostPath === undefined) return undefined;
  const why = `Airflow writes a generated value into ${hostPath} at first start, and every service mounting it reads the same file`;
  return Object.entries(knowledge.sections).flatMap(([section, fact]) =>
    Object.entries(fact.options)
      .filter(([, option]) => option.sensitive === true && option.default === null)
      .map(([option]) => ({ section, option, value: undefined, why })),
  );
}

function resolveComponent(component: Component, cfgs: ReadonlyMap<string, ReadCfg>, input: ResolveInput): ResolvedComponent {
  const cfg = component.cfgPath === undefined ? undefined : cfgs.get(component.cfgPath);
  const document = cfg ? cfg.document : component.renderedConfig;
  const file = cfg ? cfg.source.path : component.file;
  const text = cfg ? cfg.source.text : (input.sources?.find((source) => source.path === component.file)?.text ?? '');
  const providedDefaults = cfg ? undefined : (component.providedDefaults ?? generatedKeys(component.generatedCfg, input.knowledge));
  const config = buildEffectiveConfig({ component: component.name, file, document, env: component.env, providedDefaults, knowledge: input.knowledge });
  return {
    view: { name: component.name, kind: component.kind, file: component.file, cfgFile: cfg?.source.path, config, service: component.service },
    file,
    document,
    parseError: cfg?.parseError,
    lines: splitPythonLines(text),
  };
}
