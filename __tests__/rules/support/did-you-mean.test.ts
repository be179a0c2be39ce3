import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../../src/rules/support/did-you-mean.js';

describe('did-you-mean', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('LocalExecuter', 'LocalExecutor')).toBe(1);
    expect(editDistance('sql_alchemy_con', 'sql_alchemy_conn')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('finds the first nearest candidate, with or without case', () => {
    expect(nearest('localexecuter', ['CeleryExecutor', 'LocalExecutor'], true)).toEqual({ candidate: 'LocalExecutor', distance: 1 });
    expect(nearest('Core', ['core', 'cor'])).toEqual({ candidate: 'core', distance: 1 });
    expect(nearest('x', [])).toBeUndefined();
  });
});
