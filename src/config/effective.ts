// The value Airflow would use for each option, in Airflow's order of precedence:
// AIRFLOW__S__K, AIRFLOW__S__K_CMD, AIRFLOW__S__K_SECRET, the file's key, key_cmd, key_secret, the default.
// Old locations (`deprecated_options` of the target release) are read after the new one in each source,
// as AirflowConfigParser does; a location the target release no longer maps is not read at all.
import type { AirflowKnowledge } from '../knowledge/types.js';
import { DEFAULT_SECTION } from '../reader/parse.js';
import type { ConfigDocument, OptionNode } from '../reader/types.js';
import type { EffectiveConfig, EffectiveValue, SourceLocation, ValueVariant } from './types.js';
import type { Span } from '../reader/types.js';
import { optionNamed, sectionNamed } from '../reader/find.js';

export const ENV_PREFIX = 'AIRFLOW__';

/** One `NAME=value` assignment from a .env file, a compose file, a Dockerfile or a Helm values file. */
export interface EnvEntry {
  name: string;
  value: string;
  location?: SourceLocation | undefined;
  valueSpan?: Span | undefined;
  /** Set when only the running deployment knows the value (a Kubernetes secret, a key generated at install): why. */
  runtime?: string | undefined;
  /** `chart`: a variable the Helm chart sets itself (from its secrets), whatever the values file says. */
  provider?: 'chart' | undefined;
}

/** An option of a rendered airflow.cfg that no repository file writes (the Helm chart's own `config:`). */
export interface ProvidedDefault {
  section: string;
  option: string;
  value: string | undefined;
  /** Why the value is unknown, when it is. */
  why: string;
}

export interface EffectiveConfigInput {
  component: string;
  /** Path of the cfg file, as reported. */
  file?: string | undefined;
  document?: ConfigDocument | undefined;
  env: readonly EnvEntry[];
  /** Defaults the deployment tool provides below the file's own options (the Helm chart's `config:`). */
  providedDefaults?: readonly ProvidedDefault[] | undefined;
  knowledge: AirflowKnowledge;
}

/** Airflow's environment variable name for an option (dots in section names become underscores). */
export function envVarName(section: string, option: string): string {
  return `${ENV_PREFIX}${section.replace(/\./g, '_').toUpperCase()}__${option.toUpperCase()}`;
}

/** Splits `AIRFLOW__SECTION__KEY[_CMD|_SECRET]` the way Airflow's lookups line up with it. */
export function parseEnvVarName(name: string): { section: string; option: string } | undefined {
  if (!name.startsWith(ENV_PREFIX)) return undefined;
  const rest = name.slice(ENV_PREFIX.length);
  const split = rest.indexOf('__');
  if (split <= 0 || split + 2 >= rest.length) return undefined;
  return { section: rest.slice(0, split).toLowerCase(), option: rest.slice(split + 2).toLowerCase() };
}

export function buildEffectiveConfig(input: EffectiveConfigInput): EffectiveConfig {
  return new ResolvedConfig(input);
}

class ResolvedConfig implements EffectiveConfig {
  readonly component: string;
  private readonly envByName = new Map<string, EnvEntry>();
  private readonly knowledge: AirflowKnowledge;
  private readonly document: ConfigDocument | undefined;
  private readonly file: string | undefined;
  private readonly provided: readonly ProvidedDefault[];

  constructor(input: EffectiveConfigInput) {
    this.component = input.component;
    this.provided = input.providedDefaults ?? [];
    this.knowledge = input.knowledge;
    this.document = input.document;
    this.file = input.file;
    // The last assignment of a name wins, as in a shell or a compose file.
    for (const entry of input.env) this.envByName.set(entry.name, entry);
  }

  get(section: string, option: string): EffectiveValue | undefined {
    const candidates = this.candidates(section, option);
    const [winner, ...rest] = candidates;
    if (!winner) return undefined;
    return { ...winner, overridden: rest };
  }

  variable(name: string): string | undefined {
    return this.envByName.get(name)?.value;
  }

  explicit(): EffectiveValue[] {
    const values: EffectiveValue[] = [];
    for (const section of this.allSections()) {
      for (const node of section.options) values.push(this.fromNode(node, section.name, node.key, 'value'));
    }
    for (const entry of this.envByName.values()) {
      const parsed = parseEnvVarName(entry.name);
      if (parsed) values.push(this.fromEnv(entry, parsed.section, parsed.option, 'value'));
    }
    return values;
  }

  /** Every value that could answer for the option, highest precedence first. */
  private candidates(section: string, option: string): EffectiveValue[] {
    const locations = [{ section, option }, ...this.oldLocations(section, option)];
    const sensitive = this.isSensitive(section, option);
    const found: EffectiveValue[] = [];
    for (const loc of locations) this.pushEnv(found, loc.section, loc.option, 'value');
    if (sensitive) {
      for (const loc of locations) this.pushEnv(found, loc.section, loc.option, 'cmd');
      for (const loc of locations) this.pushEnv(found, loc.section, loc.option, 'secret');
    }
    for (const loc of locations) this.pushFile(found, loc.section, loc.option, 'value');
    if (sensitive) {
      for (const loc of locations) this.pushFile(found, loc.section, loc.option, 'cmd');
      for (const loc of locations) this.pushFile(found, loc.section, loc.option, 'secret');
    }
    for (const loc of locations) {
      const provided = this.provided.find((entry) => entry.section === loc.section && entry.option === loc.option);
      if (provided) found.push(this.fromProvided(provided, section, option));
    }
    const fact = this.knowledge.sections[section]?.options[option];
    if (fact && fact.default !== null) {
      found.push({ section, option, variant: 'value', origin: 'default', value: fact.default, overridden: [] });
    }
    return found;
  }

  private oldLocations(section: string, option: string): { section: string; option: string }[] {
    const old = this.knowledge.deprecatedOptions
      .filter((entry) => entry.newSection === section && entry.newOption === option)
      .map((entry) => ({ section: entry.section, option: entry.option }));
    for (const renamed of this.knowledge.deprecatedSections) {
      if (renamed.newSection === section) old.push({ section: renamed.section, option });
    }
    return old;
  }

  private isSensitive(section: string, option: string): boolean {
    return this.knowledge.sections[section]?.options[option]?.sensitive === true;
  }

  private pushEnv(found: EffectiveValue[], section: string, option: string, variant: ValueVariant): void {
    const suffix = variant === 'cmd' ? '_CMD' : variant === 'secret' ? '_SECRET' : '';
    const entry = this.envByName.get(envVarName(section, option) + suffix);
    if (entry) found.push(this.fromEnv(entry, section, option, variant));
  }

  private pushFile(found: EffectiveValue[], section: string, option: string, variant: ValueVariant): void {
    const key = variant === 'value' ? option : `${option}_${variant}`;
    const node = this.optionNode(section, key);
    if (node) found.push(this.fromNode(node, section, option, variant));
  }

  /** configparser's lookup: the section's own option, else the [DEFAULT] one. */
  private optionNode(section: string, key: string): OptionNode | undefined {
    if (!this.document) return undefined;
    const node = sectionNamed(this.document, section);
    if (!node) return undefined;
    const own = optionNamed(node, key);
    if (own) return own;
    return this.document.defaults ? optionNamed(this.document.defaults, key) : undefined;
  }

  private allSections(): { name: string; options: OptionNode[] }[] {
    if (!this.document) return [];
    const sections = [...this.document.sections];
    return this.document.defaults ? [this.document.defaults, ...sections] : sections;
  }

  private fromNode(node: OptionNode, section: string, option: string, variant: ValueVariant): EffectiveValue {
    const location = this.file ? { file: this.file, span: node.span } : undefined;
    const valueSpan = valueSpanOf(node);
    return {
      section: node.section === DEFAULT_SECTION ? section : node.section,
      option,
      variant,
      origin: 'cfg',
      value: variant === 'value' ? node.value : undefined,
      reference: variant === 'value' ? undefined : node.value,
      location,
      valueSpan,
      node,
      overridden: [],
    };
  }

  private fromProvided(entry: ProvidedDefault, section: string, option: string): EffectiveValue {
    return { section, option, variant: 'value', origin: 'default', provider: 'chart', value: entry.value, reference: entry.value === undefined ? entry.why : undefined, overridden: [] };
  }

  private fromEnv(entry: EnvEntry, section: string, option: string, variant: ValueVariant): EffectiveValue {
    const known = entry.runtime === undefined;
    return {
      section,
      option,
      variant,
      origin: 'env',
      provider: entry.provider,
      value: variant === 'value' && known ? entry.value : undefined,
      reference: variant === 'value' ? entry.runtime : entry.value,
      variable: entry.name,
      location: entry.location,
      valueSpan: entry.valueSpan,
      overridden: [],
    };
  }
}

/** From the first character of the value to the end of its last line (the key when the value is empty). */
export function valueSpanOf(node: OptionNode): Span {
  const first = node.valueLines[0];
  const last = node.valueLines.at(-1);
  if (!first || !last || node.value === '') return node.span;
  return { start: first.span.start, end: last.span.end };
}
