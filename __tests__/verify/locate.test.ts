import { describe, expect, it } from 'vitest';
import { verifyAnnotation } from '../../src/action/verify-step.js';
import { locateInCfg } from '../../src/verify/locate.js';

const CFG = ['[core]', 'executor = my_company.NoSuchExecutor', '', '[logging]', 'log_format = %Z [%%(asctime)s]', ''].join('\n');

describe('locateInCfg', () => {
  it('finds the option Airflow named', () => {
    expect(locateInCfg(CFG, { section: 'core', option: 'executor' })?.start).toEqual({ line: 2, column: 1 });
  });

  it('finds the option whose value holds the text Airflow quoted', () => {
    expect(locateInCfg(CFG, { needle: '%Z [%%(asctime)s]' })?.start).toEqual({ line: 5, column: 1 });
  });

  it('returns nothing when the cause is not in the file', () => {
    expect(locateInCfg(CFG, { section: 'database', option: 'sql_alchemy_conn' })).toBeUndefined();
  });

  it('uses the line configparser named for a file it cannot parse', () => {
    const broken = '[core]\nexecutor = LocalExecutor\nexecutor = CeleryExecutor\n';
    expect(locateInCfg(broken, { line: 3 })?.start.line).toBe(3);
  });
});

describe('verifyAnnotation', () => {
  it('annotates the responsible cfg line with the rule id and the failure', () => {
    const annotation = verifyAnnotation(
      {
        name: 'executor loads',
        ok: false,
        detail: "my_company.NoSuchExecutor cannot be loaded: ModuleNotFoundError: No module named 'my_company'",
        ruleId: 'APF101',
        option: { section: 'core', option: 'executor' },
      },
      CFG,
      'config/airflow.cfg',
    );
    expect(annotation).toEqual({
      message: "Verify against a real metastore failed: my_company.NoSuchExecutor cannot be loaded: ModuleNotFoundError: No module named 'my_company'",
      properties: { title: 'APF101: executor loads', file: 'config/airflow.cfg', startLine: 2, endLine: 2, startColumn: 1, endColumn: 37 },
    });
  });

  it('falls back to line 1 and says so when the cause is not set in the file', () => {
    const annotation = verifyAnnotation(
      { name: 'executor loads', ok: false, detail: 'x', ruleId: 'APF101', option: { section: 'core', option: 'missing' } },
      CFG,
      'airflow.cfg',
    );
    expect(annotation.properties.startLine).toBe(1);
    expect(annotation.message).toBe('Verify against a real metastore failed: x (the cause is not set in this file)');
  });
});
