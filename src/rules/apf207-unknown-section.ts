import { closestName, newHomeSections, oldPlaceSections, sectionFact } from './support/compat-knowledge.js';
import type { Rule } from './types.js';

/**
 * A section the target release does not know. The data holds core and the providers installed with
 * apache-airflow[postgres]; other providers and the user's own code may read sections of their own,
 * so a section without a close match is only a notice.
 */
export const unknownSection: Rule = {
  meta: {
    id: 'APF207',
    alias: 'unknown-section',
    description:
      'A section that neither Airflow core nor the providers installed with apache-airflow[postgres] declare in the target release.',
    severity: 'warning',
    tags: ['compatibility'],
    versions: 'all',
    messages: {
      misspelled: 'Airflow {{version}} has no section [{{section}}], so nothing in it is read. Did you mean [{{suggestion}}]?',
      former:
        'Airflow {{version}} no longer declares a [{{section}}] section: the options it still reads from here are reported as moved, and any other option in it is ignored.',
      unknown:
        '[{{section}}] is not known to Airflow {{version}} core or the providers installed with apache-airflow[postgres]. That is fine for a section another provider or your own code reads; otherwise Airflow ignores it.',
    },
  },
  check(context) {
    const { knowledge } = context;
    const known = Object.keys(knowledge.sections);
    const homes = newHomeSections(knowledge);
    const oldPlaces = oldPlaceSections(knowledge);
    const changedSections = new Set(knowledge.configChanges.map((change) => change.section));
    for (const section of context.document?.sections ?? []) {
      // Rendered from Helm values: a section whose options are all the chart's own defaults writes nothing.
      if (context.documentIsFile === false && section.options.length === 0) continue;
      const name = section.name;
      if (sectionFact(knowledge, name) || homes.has(name)) continue;
      const data = { version: knowledge.airflowVersion, section: name };
      // Airflow looks sections up in lower case, so [Core] is never read.
      const lowerCase = known.includes(name.toLowerCase()) ? name.toLowerCase() : undefined;
      if (!lowerCase && changedSections.has(name)) {
        context.report({ messageId: 'former', data, span: section.nameSpan, fix: 'Move the options you still need to their new sections, then delete the section.' });
        continue;
      }
      if (!lowerCase && oldPlaces.has(name)) continue;
      const suggestion = lowerCase ?? closestName(name, known);
      if (suggestion) {
        context.report({ messageId: 'misspelled', data: { ...data, suggestion }, span: section.nameSpan, fix: `Rename the section to [${suggestion}].` });
      } else {
        context.report({ messageId: 'unknown', data, span: section.nameSpan, severity: 'notice' });
      }
    }
  },
};
