// Helpers shared by the rules about the configuration that runs (APF3xx).
import type { ComponentView, RepositoryView } from '../components/types.js';
import type { EffectiveValue, SourceLocation } from '../config/types.js';
import type { RelatedLocation } from '../findings.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import type { Span } from '../reader/types.js';
import { offsetSpan, type YamlFile } from '../sources/yaml.js';

/** Edit distance, for did-you-mean suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest candidate within a distance that still reads as a typo, if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  const limit = Math.max(2, Math.floor(word.length / 4));
  return best && best.distance <= limit ? best.candidate : undefined;
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
