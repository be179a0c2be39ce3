import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { AirflowKnowledge } from '../../src/knowledge/types.js';
import { resolveTarget } from '../../src/version/resolve.js';
import { expectFixture, messagesOf } from './apf2xx-fixtures.js';

async function lint210(text: string, change: (knowledge: AirflowKnowledge) => AirflowKnowledge = (k) => k, version = '2.10') {
  const target = resolveTarget(version, undefined);
  const knowledge = change(await loadKnowledge(target.knowledgeVersion));
  const output = lint({ cfgFiles: [{ path: 'airflow.cfg', text }], knowledge, target });
  return output.findings.filter((f) => f.ruleId === 'APF208').map((f) => [f.line, f.severity, f.message]);
}

describe('APF208 invalid-value', () => {
  it('reports integers, floats, booleans, enumerations and JSON Airflow cannot read', async () => {
    const output = await expectFixture('apf208-invalid-value.cfg', '2.10', 'APF208');
    expect(messagesOf(output, 'APF208')).toEqual([
      'Airflow 2.10.5 reads [core] max_map_length as an integer and `1024 # items` is not a whole number, so the components that read it stop with AirflowConfigException ("Failed to convert value to int").',
      'Airflow 2.10.5 reads [core] dagbag_import_timeout as a number and `30s` is not one, so the components that read it stop with AirflowConfigException ("Failed to convert value to float").',
      'Airflow 2.10.5 reads [core] lazy_discover_providers as a boolean and `yes` is not one of true, 1, t, false, 0, f, so the components that read it stop with AirflowConfigException ("Failed to convert value to bool").',
      'Airflow 2.10.5 does not accept `info` for [logging] logging_level and refuses to start; allowed values: CRITICAL, FATAL, ERROR, WARN, WARNING, INFO, DEBUG.',
      'Airflow 2.10.5 reads [database] sql_alchemy_engine_args as JSON and this value is not valid JSON, so the components that read it stop with AirflowConfigException ("Unable to parse … as valid json").',
    ]);
  });

  it('checks booleans in the forms the release getboolean accepts, and stays silent without that fact', async () => {
    const text = '[core]\nlazy_load_plugins = yes\nlazy_discover_providers = T # comment\n';
    expect(await lint210(text, (k) => ({ ...k, booleanValues: undefined }))).toEqual([]);
    expect(await lint210(text)).toEqual([
      [2, 'error', 'Airflow 2.10.5 reads [core] lazy_load_plugins as a boolean and `yes` is not one of true, 1, t, false, 0, f, so the components that read it stop with AirflowConfigException ("Failed to convert value to bool").'],
    ]);
  });

  it('accepts what Python json.loads accepts, and treats an empty JSON value as unset', async () => {
    const valid = '[database]\nsql_alchemy_engine_args = {"pool_size": Infinity,\n    "echo": false}\n[logging]\nremote_task_handler_kwargs =\n';
    expect(await lint210(valid)).toEqual([]);
    const invalid = '[logging]\nremote_task_handler_kwargs = {"delete_local_copy": True}\n';
    expect((await lint210(invalid)).map(([line, severity]) => [line, severity])).toEqual([[2, 'error']]);
  });

  it('is a warning for values a release only documents, not validates at start-up', async () => {
    const documentedOnly = (knowledge: AirflowKnowledge): AirflowKnowledge => {
      const logging = knowledge.sections.logging!;
      const level = { ...logging.options.logging_level!, validatedAtStartup: false };
      const sections = { ...knowledge.sections, logging: { ...logging, options: { ...logging.options, logging_level: level } } };
      return { ...knowledge, sections };
    };
    expect(await lint210('[logging]\nlogging_level = info\n', documentedOnly)).toEqual([
      [2, 'warning', 'Airflow 2.10.5 documents only these values for [logging] logging_level: CRITICAL, FATAL, ERROR, WARN, WARNING, INFO, DEBUG. It does not check `info` at start-up, so what happens depends on the component that reads it.'],
    ]);
  });

  it("reads integers as the release's getint does: whole floats such as 16.0 only where it accepts them", async () => {
    const text =
      '[core]\nmax_templated_field_length = 16.0\ndagbag_import_error_traceback_depth = 2.5\nmax_task_retry_delay = 1e3\nmax_map_length = nan\n';
    const keep = (knowledge: AirflowKnowledge) => knowledge;
    expect((await lint210(text)).map(([line]) => line)).toEqual([2, 3, 4, 5]);
    expect(await lint210(text, keep, '3.3')).toEqual([
      [3, 'error', 'Airflow 3.3.2 reads [core] dagbag_import_error_traceback_depth as an integer and `2.5` is not a whole number, so the components that read it stop with AirflowConfigException ("Failed to convert value to int").'],
      [5, 'error', 'Airflow 3.3.2 reads [core] max_map_length as an integer and `nan` is not a whole number, so the components that read it stop with AirflowConfigException ("Failed to convert value to int").'],
    ]);
  });
});
