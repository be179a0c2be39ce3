// lint --fix on every fixable rule's fixture: each case is fixed, checked with CPython's configparser
// (untouched options read the same, fixed ones the intended value), and fixed again without change.
import { describe, expect, it } from 'vitest';
import { readCases } from '../rules/apf1-cases.js';
import { fixtureText } from '../rules/apf2xx-fixtures.js';
import { expectFixKeepsValues, expectSafeFix, linter } from './round-trip.js';

const FIXABLE_PROD = ['apf003.cfg', 'apf101.cfg', 'apf111.cfg'];

describe('every case of the fixable rules’ fixtures', () => {
  for (const file of FIXABLE_PROD) {
    for (const fixture of readCases(file)) {
      it(`${file}: ${fixture.name} (Airflow ${fixture.version})`, async () => {
        await expectSafeFix(fixture.text, fixture.version);
      });
    }
  }
  it.each([
    ['apf201-moved.cfg', '2.10'],
    ['apf202-not-read.cfg', '3.1'],
    ['apf203-conflict.cfg', '2.10'],
    ['apf204-removed.cfg', '3.1'],
    ['apf210-not-lower-case.cfg', '2.10'],
  ])('%s (Airflow %s)', async (name, version) => {
    await expectSafeFix(fixtureText(name), version);
  });
});

describe('what the fixes write', () => {
  it('moves options to the place the release reads, once, and deletes dead lines restating the default', async () => {
    const { fixed, fixedRules } = await expectSafeFix(fixtureText('apf201-moved.cfg'), '2.10');
    expect(fixedRules.sort()).toEqual(['APF201', 'APF201']);
    expect(fixed).toBe(
      [
        '# Target 2.10: options at places Airflow 2.10 still reads, with a deprecation warning.',
        '[core]',
        '# expect: APF201 warning',
        '# expect: APF201 notice',
        'executor = LocalExecutor',
        '',
        '[database]',
        'sql_alchemy_pool_size = 10',
        'sql_alchemy_conn = postgresql+psycopg2://airflow@db/airflow',
        '',
      ].join('\n'),
    );
  });

  it('writes option names in lower case, and deletes an upper-case line that repeats the lower-case one (APF210)', async () => {
    const text = '[core]\nEXECUTOR = LocalExecutor\n\n[database]\nsql_alchemy_pool_size = 5\nSQL_ALCHEMY_POOL_SIZE = 5\nSql_Alchemy_Max_Overflow = 20\n';
    const { fixed, fixedRules } = await expectSafeFix(text, '2.10');
    expect(fixed).toBe('[core]\nexecutor = LocalExecutor\n\n[database]\nsql_alchemy_pool_size = 5\nsql_alchemy_max_overflow = 20\n');
    expect(fixedRules.filter((rule) => rule === 'APF210')).toHaveLength(3);
  });

  it('leaves an upper-case name alone when the lower-case option is written with another value (APF210)', async () => {
    const text = '[core]\nexecutor = CeleryExecutor\nEXECUTOR = LocalExecutor\n';
    const { fixed } = await expectSafeFix(text, '2.10');
    expect(fixed).toBe(text);
  });

  it('moves an inline comment to its own line above, keeping the indentation and the rest of the file', async () => {
    const text = '[core]\nparallelism = 64  # per scheduler\nload_examples = False\n';
    const { fixed } = await expectSafeFix(text, '2.10');
    expect(fixed).toBe('[core]\n# per scheduler\nparallelism = 64\nload_examples = False\n');
  });

  it('fixes the executor the comment makes unloadable (APF101)', async () => {
    const { fixed, fixedRules } = await expectSafeFix('[core]\nexecutor = LocalExecutor  ; was Sequential\n', '2.10');
    expect(fixed).toBe('[core]\n; was Sequential\nexecutor = LocalExecutor\n');
    expect(fixedRules).toEqual(['APF101']);
  });

  it('writes postgresql:// and keeps the rest of the URL', async () => {
    const { fixed } = await expectSafeFix('[database]\nsql_alchemy_conn = postgres://airflow@db:5432/airflow\n', '2.10');
    expect(fixed).toBe('[database]\nsql_alchemy_conn = postgresql://airflow@db:5432/airflow\n');
  });

  it('creates the new section at the end when the file has none, and keeps CRLF line breaks', async () => {
    const text = '[core]\r\nsql_alchemy_conn = postgres://airflow@db/airflow  # prod\r\nexecutor = LocalExecutor\r\n';
    const { fixed } = await expectSafeFix(text, '2.10');
    expect(fixed).toBe('[core]\r\nexecutor = LocalExecutor\r\n\r\n[database]\r\n# prod\r\nsql_alchemy_conn = postgresql://airflow@db/airflow\r\n');
  });

  it('moves the last option of a file to a new section at the end', async () => {
    const { fixed } = await expectSafeFix('[core]\nexecutor = LocalExecutor\nsql_alchemy_conn = postgresql://a@db/airflow\n', '2.10');
    expect(fixed).toBe('[core]\nexecutor = LocalExecutor\n\n[database]\nsql_alchemy_conn = postgresql://a@db/airflow\n');
  });

  it('moves several options into one new section without writing it twice, in a file without a final line break', async () => {
    const text = '[core]\nsql_alchemy_conn = postgresql://a@db/airflow\nsql_alchemy_pool_size = 7\nsql_alchemy_max_overflow = 3';
    const { fixed } = await expectSafeFix(text, '2.10');
    expect(fixed.match(/\[database\]/g)).toHaveLength(1);
    expect(fixed.startsWith('[core]\n\n[database]\n')).toBe(true);
  });

  it('leaves alone what it cannot fix safely: interpolation, a secret with a comment, a conflict', async () => {
    const cases = [
      // The value interpolates an option of its section: in [database] it would read another value.
      '[core]\nhost = db\nsql_alchemy_conn = postgresql://a@%(host)s/airflow\n',
      // Another value interpolates the old name.
      '[core]\nsql_alchemy_conn = postgresql://a@db/airflow\nbackup = %(sql_alchemy_conn)s\n',
      // The text after ` #` of a secret may be part of it.
      '[core]\nfernet_key = abc #def\n',
      // Both places written (APF203): which one wins is the user's call.
      '[core]\nsql_alchemy_conn = postgresql://a@db/one\n[database]\nsql_alchemy_conn = postgresql://a@db/two\n',
    ];
    for (const text of cases) expect((await expectSafeFix(text, '2.10')).fixed).toBe(text);
  });
});

describe('the round-trip check itself', () => {
  it.each([
    ['a changed value', '[core]\nparallelism = 32\n', '[core]\nparallelism = 33\n'],
    ['a dropped option', '[core]\nparallelism = 32\nload_examples = False\n', '[core]\nparallelism = 32\n'],
    ['an option out of nowhere', '[core]\nparallelism = 32\n', '[core]\nparallelism = 32\nload_examples = False\n'],
    ['a lost comment', '[core]\n# keep me\nparallelism = 32\n', '[core]\nparallelism = 32\n'],
  ])('fails on %s', async (_name, before, after) => {
    const lintText = await linter('2.10');
    expect(() => expectFixKeepsValues(before, after, lintText)).toThrow();
  });
});
