import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MASK, maskUrlPasswords, SecretRegistry } from '../src/secrets.js';

/** What mask() promises: every secret replaced, longest first, then URL passwords. */
function maskOneByOne(secrets: readonly string[], text: string): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join(MASK);
  return maskUrlPasswords(out);
}

describe('SecretRegistry.mask', () => {
  it('replaces a secret that contains another one whole', () => {
    const secrets = new SecretRegistry();
    secrets.add('abcd');
    secrets.add('xxabcdyy');
    expect(secrets.mask('key xxabcdyy and abcd')).toBe(`key ${MASK} and ${MASK}`);
  });

  it('masks a secret that only appears once another has been replaced', () => {
    const secrets = new SecretRegistry();
    secrets.add('s3cr3t-value');
    secrets.add('a***b');
    expect(secrets.mask('as3cr3t-valueb')).toBe(MASK);
  });

  it('masks every one of thousands of secrets, as a run over many files registers them', () => {
    const secrets = new SecretRegistry();
    const values = Array.from({ length: 3000 }, (_, i) => `Secret${i}Value`);
    for (const value of values) secrets.add(value);
    const text = `one Secret2999Value two Secret17Value, url postgresql://u:Secret5Value@db/x`;
    expect(secrets.mask(text)).toBe(`one ${MASK} two ${MASK}, url postgresql://u:${MASK}@db/x`);
    secrets.add('two Secret17Val');
    expect(secrets.mask(text)).toBe(`one ${MASK} ${MASK}ue, url postgresql://u:${MASK}@db/x`);
  });

  it('gives the same text as replacing each secret in turn (generated secrets and texts)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '*', '%', '4', '0', ':', '@', '/');
    const word = fc.array(alphabet, { minLength: 0, maxLength: 10 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 8 }), (secretWords, textWords) => {
        const secrets = new SecretRegistry();
        for (const secret of secretWords) secrets.add(secret);
        const text = [...textWords, ...secretWords.slice(0, 3)].join('');
        expect(secrets.mask(text)).toBe(maskOneByOne(secrets.values(), text));
      }),
      { numRuns: 2000 },
    );
  });
});
