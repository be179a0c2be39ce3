import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF304 shared-value-mismatch', () => {
  it('reports the lines marked in the fixture repository', async () => {
    const files = await fixtureFiles('apf304');
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF304'])).toEqual(repoExpectations(files));
  });
});
