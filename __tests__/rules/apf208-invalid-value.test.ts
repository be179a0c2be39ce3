import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { resolveTarget } from '../../src/version/resolve.js';
import { expectFixture, messagesOf } from './apf2xx-fixtures.js';

describe('APF208 invalid-value', () => {
  it('reports integers, floats and enumerations Airflow cannot read', async () => {
    const output = await expectFixture('apf208-invalid-value.cfg', '2.10', 'APF208');
    expect(messagesOf(output, 'APF208')).toEqual([
      'Airflow 2.10.5 cannot read [core] max_map_length as an integer: `1024 # items` is not a whole number, so the components that read it stop with AirflowConfigException.',
      'Airflow 2.10.5 cannot read [core] dagbag_import_timeout as a number: `30s` is not one, so the components that read it stop with AirflowConfigException.',
      'Airflow 2.10.5 does not accept `info` for [logging] logging_level; allowed values: CRITICAL, FATAL, ERROR, WARN, WARNING, INFO, DEBUG.',
    ]);
  });

  it('checks booleans only when the data says which forms getboolean accepts', async () => {
    const target = resolveTarget('2.10', undefined);
    const knowledge = await loadKnowledge(target.knowledgeVersion);
    const text = '[core]\nlazy_load_plugins = yes\nlazy_discover_providers = t # comment\n';
    const silent = lint({ cfgFiles: [{ path: 'airflow.cfg', text }], knowledge, target });
    expect(silent.findings.filter((f) => f.ruleId === 'APF208')).toEqual([]);
    const booleanValues = { true: ['t', 'true', '1'], false: ['f', 'false', '0'], stripsInlineComment: true };
    const checked = lint({ cfgFiles: [{ path: 'airflow.cfg', text }], knowledge: { ...knowledge, booleanValues }, target });
    expect(checked.findings.filter((f) => f.ruleId === 'APF208').map((f) => [f.line, f.message])).toEqual([
      [2, 'Airflow 2.10.5 cannot read [core] lazy_load_plugins as a boolean: `yes` is not one of t, true, 1, f, false, 0, so the components that read it stop with AirflowConfigException.'],
    ]);
  });
});
