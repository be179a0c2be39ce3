import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF306 db-command', () => {
  it('reports the lines marked in the fixture repository', async () => {
    const files = await fixtureFiles('apf306');
    const result = await lintFiles(files, '3.1.8');
    expect(repoFindings(result.findings, ['APF306'])).toEqual(repoExpectations(files));
  });
});
