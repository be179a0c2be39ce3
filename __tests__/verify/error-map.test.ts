import { describe, expect, it } from 'vitest';
import { ERROR_RULES, extractErrorLines, mapAirflowError } from '../../src/verify/error-map.js';

/** The tail of `airflow version` with `log_format = %Z …` (Airflow 2.10.5, as printed). */
const INTERPOLATION_OUTPUT = `Traceback (most recent call last):
  File "/venv/bin/airflow", line 5, in <module>
    from airflow.__main__ import main
  File "/usr/lib/python3.11/configparser.py", line 443, in _interpolate_some
    raise InterpolationSyntaxError(
configparser.InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%Z [%%(asctime)s] %%(message)s'`;

describe('extractErrorLines', () => {
  it("keeps the exception line of a traceback, not the frames", () => {
    expect(extractErrorLines(INTERPOLATION_OUTPUT)).toEqual([
      "configparser.InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%Z [%%(asctime)s] %%(message)s'",
    ]);
  });

  it("keeps Airflow's error log lines (2.x and 3.x formats) and argparse errors, skipping info and warnings", () => {
    const output = [
      '[2026-11-25T10:46:07.145+0000] {migration.py:205} INFO - Context impl PostgresqlImpl.',
      '[2026-11-25T10:46:07.145+0000] {db.py:1200} ERROR - Connection failed',
      '2026-11-25T10:47:32.150836Z [error    ] Something broke [airflow.utils.db] loc=db.py:1323',
      '/venv/lib/python3.11/site-packages/airflow/models/pool.py:82 SADeprecationWarning: noload is deprecated',
      "airflow command error: argument GROUP_OR_COMMAND: invalid choice: 'users'",
      'airflow.exceptions.AirflowConfigException: error: cannot use SQLite with the LocalExecutor',
    ].join('\n');
    expect(extractErrorLines(output)).toEqual([
      '[2026-11-25T10:46:07.145+0000] {db.py:1200} ERROR - Connection failed',
      '2026-11-25T10:47:32.150836Z [error    ] Something broke [airflow.utils.db] loc=db.py:1323',
      "airflow command error: argument GROUP_OR_COMMAND: invalid choice: 'users'",
      'airflow.exceptions.AirflowConfigException: error: cannot use SQLite with the LocalExecutor',
    ]);
  });

  it('falls back to the last lines when nothing looks like an error', () => {
    expect(extractErrorLines('one\ntwo\n\nthree\n', 2)).toEqual(['two', 'three']);
  });
});

describe('mapAirflowError', () => {
  it('maps an interpolation error to APF002 with the quoted value', () => {
    expect(mapAirflowError(extractErrorLines(INTERPOLATION_OUTPUT))).toEqual(
      expect.objectContaining({ ruleId: 'APF002', needle: '%Z [%%(asctime)s] %%(message)s', section: undefined, option: undefined }),
    );
  });

  it('takes the option and section Airflow names', () => {
    const line =
      "configparser.InterpolationMissingOptionError: Bad value substitution: option 'log_format' in section 'logging' contains an interpolation key 'asctime' which is not a valid option name.";
    expect(mapAirflowError([line])).toEqual(expect.objectContaining({ ruleId: 'APF002', section: 'logging', option: 'log_format' }));
  });

  it('maps configparser parse errors to APF001 with the line configparser names', () => {
    const line = "configparser.DuplicateOptionError: While reading from '/tmp/a/airflow.cfg' [line 12]: option 'executor' in section 'core' already exists";
    expect(mapAirflowError([line])).toEqual(
      expect.objectContaining({ ruleId: 'APF001', section: 'core', option: 'executor', cfgLine: 12 }),
    );
  });

  it.each([
    ['airflow.exceptions.AirflowConfigException: error: cannot use SQLite with the LocalExecutor', 'APF110'],
    ["sqlalchemy.exc.NoSuchModuleError: Can't load plugin: sqlalchemy.dialects:postgres", 'APF111'],
    ["airflow.exceptions.UnknownExecutorException: The executor 'Foo' could not be loaded", 'APF101'],
  ])('maps %s to %s', (line, ruleId) => {
    expect(mapAirflowError(['something else', line])?.ruleId).toBe(ruleId);
  });

  it('leaves unknown errors unmapped, and keeps every rule id in the one table', () => {
    expect(mapAirflowError(['psycopg2.OperationalError: connection refused'])).toBeUndefined();
    expect(ERROR_RULES.map((r) => r.ruleId)).toEqual(['APF001', 'APF002', 'APF110', 'APF111', 'APF101', 'APF102']);
  });
});
