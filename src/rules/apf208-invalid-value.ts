import { valueSpanOf } from '../config/effective.js';
import type { AirflowKnowledge, OptionFact } from '../knowledge/types.js';
import { interpolateOption } from '../reader/interpolation.js';
import { equalsDefault, optionFact, place, placedOptions } from './support/compat-knowledge.js';
import { airflowInteger, isPythonFloat } from './support/integer.js';
import type { Rule } from './types.js';

// Python's json.loads accepts the JSON text JSON.parse accepts, plus the bare constants NaN, Infinity
// and -Infinity (the Python language, not an Airflow fact). Strings are matched first so that these
// words inside strings stay untouched.
const PYTHON_CONSTANTS = ['-Infinity', 'Infinity', 'NaN'];

/** A value Airflow cannot convert to the option's type, or outside its allowed values. */
export const invalidValue: Rule = {
  meta: {
    id: 'APF208',
    alias: 'invalid-value',
    description:
      "A value Airflow cannot convert to the option's type (boolean, integer, float, JSON) or that is not one of its allowed values.",
    severity: 'error',
    tags: ['compatibility'],
    versions: 'all (types and allowed values of the target release)',
    messages: {
      notInteger:
        'Airflow {{version}} reads {{option}} as an integer and `{{value}}` is not a whole number, so the components that read it stop with AirflowConfigException ("Failed to convert value to int").',
      notFloat:
        'Airflow {{version}} reads {{option}} as a number and `{{value}}` is not one, so the components that read it stop with AirflowConfigException ("Failed to convert value to float").',
      notBoolean:
        'Airflow {{version}} reads {{option}} as a boolean and `{{value}}` is not one of {{accepted}}, so the components that read it stop with AirflowConfigException ("Failed to convert value to bool").',
      notJson: 'Airflow {{version}} reads {{option}} as JSON and this value is not valid JSON, so the components that read it stop with AirflowConfigException ("Unable to parse … as valid json").',
      notAllowed: 'Airflow {{version}} does not accept `{{value}}` for {{option}} and refuses to start; allowed values: {{allowed}}.',
      notDocumented:
        'Airflow {{version}} documents only these values for {{option}}: {{allowed}}. It does not check `{{value}}` at start-up, so what happens depends on the component that reads it.',
    },
  },
  check(context) {
    const { knowledge, document } = context;
    if (!document) return;
    for (const { section, node } of placedOptions(document)) {
      const fact = optionFact(knowledge, section.name, node.key);
      if (!fact || equalsDefault(node.value, fact)) continue;
      // Only the value Airflow actually uses matters; an environment variable may hide this line.
      if (context.config.get(section.name, node.key)?.node !== node) continue;
      const interpolated = interpolateOption(document, section.name, node.key);
      // Interpolation errors are APF002's; `$VAR` and `~` are expanded by Airflow at run time.
      if (!interpolated.ok || /[$~]/.test(interpolated.value)) continue;
      // Sensitive options (connection arguments, backend kwargs) get only the JSON check, whose message never quotes the value.
      const problem = fact.sensitive ? jsonProblem(fact, interpolated.value) : problemOf(knowledge, fact, interpolated.value);
      if (!problem) continue;
      context.report({
        messageId: problem.messageId,
        data: {
          version: knowledge.airflowVersion,
          option: place(section.name, node.key),
          value: fact.sensitive ? '' : interpolated.value,
          ...problem.data,
        },
        span: valueSpanOf(node),
        fix: problem.fix,
        severity: problem.severity,
      });
    }
  },
};

interface Problem {
  messageId: string;
  data?: Record<string, string>;
  fix: string;
  /** Lower than the rule's error when Airflow itself does not refuse the value. */
  severity?: 'warning' | undefined;
}

function problemOf(knowledge: AirflowKnowledge, fact: OptionFact, value: string): Problem | undefined {
  if (fact.allowedValues && value !== '' && !fact.allowedValues.includes(value)) {
    const allowed = fact.allowedValues.filter((v) => v !== '').join(', ');
    // Data from before validatedAtStartup existed only held the lists Airflow validates.
    if (fact.validatedAtStartup === false) {
      return { messageId: 'notDocumented', data: { allowed }, fix: `Set one of: ${allowed}.`, severity: 'warning' };
    }
    return { messageId: 'notAllowed', data: { allowed }, fix: `Set one of: ${allowed}.` };
  }
  const json = jsonProblem(fact, value);
  if (json) return json;
  for (const type of readTypes(fact)) {
    const problem = typeProblem(knowledge, type, value);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The conversions Airflow applies to the option: those its code calls (`readAs`, from the release's
 * conf.getint / getboolean / getfloat call sites, which is what fails at run time even for options
 * config.yml declares as strings), and the declared type.
 */
function readTypes(fact: OptionFact): ('integer' | 'float' | 'boolean')[] {
  const types = new Set<'integer' | 'float' | 'boolean'>();
  for (const kind of [...(fact.readAs ?? []), fact.type]) {
    if (kind === 'integer' || kind === 'float' || kind === 'boolean') types.add(kind);
  }
  return [...types];
}

function typeProblem(knowledge: AirflowKnowledge, type: 'integer' | 'float' | 'boolean', value: string): Problem | undefined {
  switch (type) {
    case 'integer':
      return airflowInteger(knowledge, value) !== undefined ? undefined : { messageId: 'notInteger', fix: 'Write a whole number such as 16, without units or comments.' };
    case 'float':
      return isPythonFloat(value) ? undefined : { messageId: 'notFloat', fix: 'Write a number such as 30 or 2.5, without units or comments.' };
    case 'boolean':
      return booleanProblem(knowledge, value);
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

/** getjson: an empty value means "unset"; anything else must parse, or the reader stops. */
function jsonProblem(fact: OptionFact, value: string): Problem | undefined {
  if (!fact.readAs?.includes('json') || value.trim() === '' || isPythonJson(value)) return undefined;
  return {
    messageId: 'notJson',
    fix: 'Write JSON: double-quoted keys and strings, true/false/null in lower case (it may continue on indented lines).',
  };
}

/** Whether Python's json.loads would parse the text (getjson treats an empty value as unset). */
function isPythonJson(text: string): boolean {
  const asJson = withoutPythonConstants(text);
  try {
    JSON.parse(asJson);
    return true;
  } catch {
    return false;
  }
}

/**
 * The JSON text with NaN, Infinity and -Infinity outside strings replaced by 0. One pass (a regex with
 * a string alternative is tried again from every quote of an unterminated string: quadratic).
 */
function withoutPythonConstants(text: string): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const char = text[at] as string;
    if (char === '"') {
      const end = endOfJsonString(text, at);
      out += text.slice(at, end);
      at = end;
      continue;
    }
    const constant = PYTHON_CONSTANTS.find((word) => text.startsWith(word, at));
    if (constant !== undefined) {
      out += '0';
      at += constant.length;
      continue;
    }
    out += char;
    at += 1;
  }
  return out;
}

/** The index after the string that opens at `start` (the text's end when it is not closed). */
function endOfJsonString(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at += 1) {
    if (text[at] === '\\') at += 1;
    else if (text[at] === '"') return at + 1;
  }
  return text.length;
}
