import { describe, expect, it } from 'vitest';
import { failureDetail } from '../../src/verify/run.js';

const result = (over: Partial<{ code: number | null; signal: NodeJS.Signals | null }>) => ({
  code: null,
  signal: null,
  timedOut: false,
  output: '',
  stdout: '',
  ...over,
});

describe('failureDetail', () => {
  it('names the signal, not the last log line, for a killed command', () => {
    expect(failureDetail('airflow db migrate', result({ signal: 'SIGKILL' }), ['INFO - Connection successful.'])).toBe(
      '`airflow db migrate` was killed by SIGKILL (by another process, or the kernel when memory ran out)',
    );
  });

  it('names the command and says it printed nothing', () => {
    expect(failureDetail('/bin/false version', result({ code: 1 }), [])).toBe('`/bin/false version` exited with code 1 and printed nothing');
  });

  it("quotes the command's last error line", () => {
    expect(failureDetail('/opt/x/airflow version', result({ code: 2 }), ['ModuleNotFoundError: No module named airflow'])).toBe(
      '`/opt/x/airflow version` exited with code 2: ModuleNotFoundError: No module named airflow',
    );
  });
});
