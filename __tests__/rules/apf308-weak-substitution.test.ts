import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF308 weak-substitution', () => {
  it('reports the lines marked in the fixture repository', async () => {
    const files = await fixtureFiles('apf308');
    const result = await lintFiles(files, '3.1.8');
    expect(repoFindings(result.findings, ['APF308'])).toEqual(repoExpectations(files));
  });
});
