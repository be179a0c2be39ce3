import { exposureRule } from './support/exposure.js';
import { airflowBoolean } from './support/value.js';

export const loadExamples = exposureRule({
  meta: {
    id: 'APF130',
    alias: 'load-examples',
    description: 'Example DAGs are loaded into the production instance.',
    versions: 'all',
    message:
      '{{setting}} is {{value}}: Airflow loads its example DAGs, which anyone with UI access can trigger, and which clutter the DAG list{{note}}.',
  },
  places: [{ section: 'core', option: 'load_examples' }],
  unsafe: (text) => airflowBoolean(text) === true,
  fix: 'Set `load_examples = False` under [core] (or AIRFLOW__CORE__LOAD_EXAMPLES=False).',
});
