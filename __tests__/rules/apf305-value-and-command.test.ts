import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF305 value-and-command', () => {
  it('reports the lines marked in the fixture repository', async () => {
    const files = await fixtureFiles('apf305');
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF305'])).toEqual(repoExpectations(files));
  });
});
