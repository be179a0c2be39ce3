import { describe, expect, it } from 'vitest';
import { fixtureFiles, lintFiles, repoExpectations, repoFindings } from '../components/repo.js';

describe('APF307 concurrent-migrations', () => {
  it('reports the lines marked in the fixture repository', async () => {
    const files = await fixtureFiles('apf307');
    const result = await lintFiles(files, '2.10.5');
    expect(repoFindings(result.findings, ['APF307'])).toEqual(repoExpectations(files));
  });
});
