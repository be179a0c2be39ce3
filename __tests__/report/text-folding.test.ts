import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/report/text.js';
import { lintFiles } from '../components/repo.js';

describe('text output of a long file', () => {
  it('folds one rule repeated as notices in a file into one line with the count; errors and warnings stay', async () => {
    const sections = Array.from({ length: 14 }, (_, index) => `[custom_section_${index}]\nkey = ${index}\n`).join('');
    const cfg = `[core]\nexecutor = SequentialExecutor\n${sections}`;
    const result = await lintFiles({ 'airflow.cfg': cfg }, '2.10.5');
    const notices = result.findings.filter((f) => f.severity === 'notice' && f.ruleId === 'APF207');
    expect(notices.length).toBe(14);
    const text = formatText(result, { color: false, quiet: false });
    expect(text.match(/APF207$/gm)?.length).toBe(3);
    expect(text).toContain('… 11 more APF207 notices in this file (lines 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29); --format json lists every one');
    expect(text).toMatch(/error +\[core\] executor is SequentialExecutor/);
  });
});
