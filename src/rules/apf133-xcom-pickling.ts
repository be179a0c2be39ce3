import { exposureRule } from './support/exposure.js';
import { airflowBoolean } from './support/value.js';

export const xcomPickling = exposureRule({
  meta: {
    id: 'APF133',
    alias: 'xcom-pickling',
    description: 'XCom values are pickled, so reading one can run arbitrary code.',
    versions: 'releases that have [core] enable_xcom_pickling (2.x)',
    message:
      '{{setting}} is {{value}}: XCom values are unpickled when read, so anyone who can write an XCom can run code in the scheduler, workers and webserver{{note}}.',
  },
  places: [{ section: 'core', option: 'enable_xcom_pickling' }],
  unsafe: (text) => airflowBoolean(text) === true,
  fix: 'Set `enable_xcom_pickling = False` and pass JSON-serialisable values between tasks.',
});
