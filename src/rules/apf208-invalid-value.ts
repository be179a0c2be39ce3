import { valueSpanOf } from '../config/effective.js';
import type { AirflowKnowledge, OptionFact } from '../knowledge/types.js';
import { interpolateOption } from '../reader/interpolation.js';
import { equalsDefault, optionFact, place, placedOptions } from './support/compat-knowledge.js';
import type { Rule } from './types.js';

// Python's own number syntax, as int() and float() accept it (the Python language, not an Airflow fact):
// surrounding white space, an optional sign, single underscores between digits; float() also takes
// exponents, `inf`, `infinity` and `nan` in any case.
const DIGITS = String.raw`\d+(?:_\d+)*`;
const PYTHON_INT = new RegExp(String.raw`^\s*[+-]?${DIGITS}\s*$`);
const PYTHON_FLOAT = new RegExp(
  String.raw`^\s*[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)\s*$`,
  'i',
);

/** A value Airflow cannot convert to the option's type, or outside its allowed values. */
export const invalidValue: Rule = {
  meta: {
    id: 'APF208',
    alias: 'invalid-value',
    description:
      "A value Airflow cannot convert to the option's type (boolean, integer, float) or that is not one of its allowed values.",
    severity: 'error',
    tags: ['compatibility'],
    versions: 'all (types and allowed values of the target release)',
    messages: {
      notInteger: 'Airflow {{version}} cannot read {{option}} as an integer: `{{value}}` is not a whole number, so the components that read it stop with AirflowConfigException.',
      notFloat: 'Airflow {{version}} cannot read {{option}} as a number: `{{value}}` is not one, so the components that read it stop with AirflowConfigException.',
      notBoolean: 'Airflow {{version}} cannot read {{option}} as a boolean: `{{value}}` is not one of {{accepted}}, so the components that read it stop with AirflowConfigException.',
      notAllowed: 'Airflow {{version}} does not accept `{{value}}` for {{option}}; allowed values: {{allowed}}.',
    },
  },
  check(context) {
    const { knowledge, document } = context;
    if (!document) return;
    for (const { section, node } of placedOptions(document)) {
      const fact = optionFact(knowledge, section.name, node.key);
      if (!fact || fact.sensitive || equalsDefault(node.value, fact)) continue;
      // Only the value Airflow actually uses matters; an environment variable may hide this line.
      if (context.config.get(section.name, node.key)?.node !== node) continue;
      const interpolated = interpolateOption(document, section.name, node.key);
      // Interpolation errors are APF002's; `$VAR` and `~` are expanded by Airflow at run time.
      if (!interpolated.ok || /[$~]/.test(interpolated.value)) continue;
      const problem = problemOf(knowledge, fact, interpolated.value);
      if (!problem) continue;
      context.report({
        messageId: problem.messageId,
        data: { version: knowledge.airflowVersion, option: place(section.name, node.key), value: interpolated.value, ...problem.data },
        span: valueSpanOf(node),
        fix: problem.fix,
      });
    }
  },
};

interface Problem {
  messageId: string;
  data?: Record<string, string>;
  fix: string;
}

function problemOf(knowledge: AirflowKnowledge, fact: OptionFact, value: string): Problem | undefined {
  if (fact.allowedValues && value !== '' && !fact.allowedValues.includes(value)) {
    const allowed = fact.allowedValues.filter((v) => v !== '').join(', ');
    return { messageId: 'notAllowed', data: { allowed }, fix: `Set one of: ${allowed}.` };
  }
  switch (fact.type) {
    case 'integer':
      return PYTHON_INT.test(value) ? undefined : { messageId: 'notInteger', fix: 'Write a whole number such as 16, without units or comments.' };
    case 'float':
      return PYTHON_FLOAT.test(value) ? undefined : { messageId: 'notFloat', fix: 'Write a number such as 30 or 2.5, without units or comments.' };
    case 'boolean':
      return booleanProblem(knowledge, value);
    default:
      return undefined;
  }
}

/** Booleans follow the release's getboolean; without that fact in the data this check stays silent. */
function booleanProblem(knowledge: AirflowKnowledge, value: string): Problem | undefined {
  const facts = knowledge.booleanValues;
  if (!facts) return undefined;
  let text = value.toLowerCase().trim();
  if (facts.stripsInlineComment && text.includes('#')) text = (text.split('#')[0] ?? '').trim();
  if (facts.true.includes(text) || facts.false.includes(text)) return undefined;
  const accepted = [...facts.true, ...facts.false].join(', ');
  return { messageId: 'notBoolean', data: { accepted }, fix: `Write ${facts.true[0] ?? 'true'} or ${facts.false[0] ?? 'false'}.` };
}
