// Helpers shared by the rules about the configuration that runs (APF3xx).
import type { ComponentView, RepositoryView } from '../components/types.js';
import type { EffectiveValue, SourceLocation } from '../config/types.js';
import type { RelatedLocation } from '../findings.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import type { Span } from '../reader/types.js';
import { offsetSpan, type YamlFile } from '../sources/yaml.js';
import { nearest } from './support/did-you-mean.js';

/** The closest candidate within a distance that still reads as a typo, if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 4));
  return nearest(word, candidates, false, limit)?.candidate;
}

/** `file:line` of a location, for messages. */
export function where(location: SourceLocation | undefined): string {
  return location ? `${location.file}:${location.span.start.line}` : 'the default';
}

export function relatedAt(location: SourceLocation, message: string): RelatedLocation {
  return { file: location.file, span: location.span, message };
}

/** The span a value is written at: the assignment's own line. */
export function valueLocation(value: EffectiveValue): SourceLocation | undefined {
  return value.location;
}

export function isSensitive(knowledge: AirflowKnowledge, section: string, option: string): boolean {
  return knowledge.sections[section]?.options[option]?.sensitive === true;
}

/** The compose file a component is defined in, for positions of its substitutions and commands. */
export function composeYaml(repository: RepositoryView, component: ComponentView): YamlFile | undefined {
  return repository.compose.find((file) => file.file === component.file)?.yaml;
}

export function yamlSpan(yaml: YamlFile, start: number, end: number): Span {
  return offsetSpan(yaml, start, end);
}

/** Components that run together: the services of one compose file, the components of one Helm release. */
export function deployments(repository: RepositoryView): ComponentView[][] {
  const groups = new Map<string, ComponentView[]>();
  for (const component of repository.components) {
    if (component.kind === 'cfg') continue;
    groups.set(component.file, [...(groups.get(component.file) ?? []), component]);
  }
  return [...groups.values()];
}
