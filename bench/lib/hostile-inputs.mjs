// Crafted inputs a hostile pull request could commit, each up to about 1 MB: generated here (the big ones
// would be megabytes of repetition in git) and shared by __tests__/security/bounded-cost.test.ts, which
// asserts each one's exit code and finding, and bench/hostile.mjs, which measures time and peak RSS.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', '__tests__', 'fixtures', 'hostile');
const SMALL_CFG = '[core]\nexecutor = LocalExecutor\n';

function fanOut(levels, copies) {
  let text = '[DEFAULT]\na0 = xxxxxxxxxx\n';
  for (let i = 1; i < levels; i += 1) text += `a${i} = ${`%(a${i - 1})s`.repeat(copies)}\n`;
  return `${text}[core]\nexecutor = %(a${levels - 1})s\n`;
}

/**
 * name → { files, args, status, expect }: the files of a repository, the CLI arguments, the exit code
 * and a text the output (stdout and stderr) must contain.
 */
export const HOSTILE_INPUTS = {
  'requirements.txt: one 300 KB line': {
    files: { 'requirements.txt': `apache-airflow${' '.repeat(300_000)}x\n`, 'airflow.cfg': SMALL_CFG },
    args: ['lint', '--root', '.'],
    status: 1,
    expect: 'APF110',
  },
  'requirements.txt: a 300 KB pin with extras never closed': {
    files: { 'requirements.txt': `${'apache-airflow['.repeat(20_000)}==2.10.4\n`, 'airflow.cfg': SMALL_CFG },
    args: ['lint', '--root', '.'],
    status: 1,
    expect: 'APF110',
  },
  'airflow.cfg: a 150 KB run of spaces in a value': {
    files: { 'airflow.cfg': `[core]\nexecutor = Local${' '.repeat(150_000)}x\n` },
    args: ['lint', 'airflow.cfg', '--airflow-version', '2.10.5'],
    status: 1,
    expect: 'APF101',
  },
  'airflow.cfg: a://: repeated 60,000 times': {
    files: { 'airflow.cfg': `[database]\nsql_alchemy_conn = ${'a://:'.repeat(60_000)}\n` },
    args: ['lint', 'airflow.cfg', '--airflow-version', '2.10.5'],
    status: 1,
    expect: 'APF113',
  },
  'airflow.cfg: %( repeated 200,000 times': {
    files: { 'airflow.cfg': `[core]\nexecutor = LocalExecutor\nfernet_key = ${'%('.repeat(200_000)}\n` },
    args: ['lint', 'airflow.cfg', '--airflow-version', '2.10.5'],
    status: 1,
    expect: 'APF002',
  },
  'airflow.cfg: 100,000 sections': {
    files: { 'airflow.cfg': Array.from({ length: 100_000 }, (_unused, i) => `[s${i}]\n`).join('') },
    args: ['lint', 'airflow.cfg', '--airflow-version', '2.10.5'],
    status: 1,
    expect: '99,000 more APF207 (unknown-section) finding(s) in this file are not listed',
  },
  'airflow.cfg: nested %(x)s fan-out (675 bytes)': {
    files: { 'airflow.cfg': fanOut(9, 12) },
    args: ['lint', 'airflow.cfg', '--airflow-version', '2.10.5'],
    status: 1,
    expect: 'APF020',
  },
  'airflow.cfg: UTF-16': {
    files: { 'airflow.cfg': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SMALL_CFG, 'utf16le')]) },
    args: ['lint', 'airflow.cfg'],
    status: 2,
    expect: 'is UTF-16',
  },
  'docker-compose.yaml: merge keys (845 bytes)': {
    files: { 'docker-compose.yaml': readFileSync(join(FIXTURES, 'yaml', 'merge-keys.compose.yaml'), 'utf8'), 'airflow.cfg': SMALL_CFG },
    args: ['lint', '--root', '.', '--airflow-version', '2.10.5'],
    status: 1,
    expect: 'APF021',
  },
  'docker-compose.yaml: 100,000 nested brackets': {
    files: { 'docker-compose.yaml': `services:\n  web:\n    environment: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, 'airflow.cfg': SMALL_CFG },
    args: ['lint', '--root', '.', '--airflow-version', '2.10.5'],
    status: 1,
    expect: 'APF021',
  },
  'values.yaml: a billion laughs': {
    files: {
      'values.yaml': `executor: CeleryExecutor\n${Array.from({ length: 10 }, (_unused, i) => (i === 0 ? 'x0: &a0 [v, v, v, v, v, v, v, v, v]' : `x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`)).join('\n')}\n`,
      'airflow.cfg': SMALL_CFG,
    },
    args: ['lint', '--root', '.', '--airflow-version', '2.10.5'],
    status: 1,
    expect: 'APF021',
  },
  'explain: merge keys (845 bytes)': {
    files: { 'docker-compose.yaml': readFileSync(join(FIXTURES, 'yaml', 'merge-keys.compose.yaml'), 'utf8') },
    args: ['explain', '.', '--airflow-version', '2.10.5'],
    status: 0,
    expect: 'excessive aliasing',
  },
};
