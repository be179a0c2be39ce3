// Measures how the `ini` package reads an airflow.cfg compared with CPython's configparser (what
// Airflow uses). Prints a Markdown table of the constructs on which they disagree.
// Run: npm run bench:ini
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ini from 'ini';

const cases = [
  ['inline # comment', '[core]\nexecutor = LocalExecutor  # now parallel\n', 'core', 'executor'],
  ['inline ; comment', '[core]\nexecutor = LocalExecutor ; note\n', 'core', 'executor'],
  ['`key: value` delimiter', '[core]\nparallelism: 64\n', 'core', 'parallelism'],
  ['continuation line', '[core]\nplugins_folder = /opt/a\n    /opt/b\n', 'core', 'plugins_folder'],
  ['upper-case key', '[core]\nEXECUTOR = CeleryExecutor\n', 'core', 'executor'],
  ['`;` inside a value', '[database]\nsql_alchemy_conn = postgresql://u:p;x@h/db\n', 'database', 'sql_alchemy_conn'],
  ['`%%` escape (interpolation)', '[logging]\nlog_format = 100%%\n', 'logging', 'log_format'],
  ['[DEFAULT] inheritance', '[DEFAULT]\nhome = /opt/airflow\n[core]\ndags_folder = /x\n', 'core', 'home'],
  ['duplicate option', '[core]\nexecutor = A\nexecutor = B\n', 'core', 'executor'],
  ['quoted value', '[core]\nexecutor = "LocalExecutor"\n', 'core', 'executor'],
];

const dir = mkdtempSync(join(tmpdir(), 'apf-ini-'));
const python = `
import configparser, json, sys
out = []
for path, section, key in json.load(sys.stdin):
    p = configparser.ConfigParser()
    try:
        p.read(path, encoding="utf-8")
        out.append({"value": p.get(section, key)})
    except Exception as e:
        out.append({"error": type(e).__name__})
print(json.dumps(out))
`;
const jobs = cases.map(([name, text, section, key], index) => {
  const path = join(dir, `case-${index}.cfg`);
  writeFileSync(path, text);
  return [path, section, key];
});
const run = spawnSync('python3', ['-c', python], { input: JSON.stringify(jobs), encoding: 'utf8' });
if (run.status !== 0) throw new Error(run.stderr);
const expected = JSON.parse(run.stdout);

const describe = (outcome) => ('error' in outcome ? `raises ${outcome.error}` : JSON.stringify(outcome.value));
const rows = cases.map(([name, text, section, key], index) => {
  let outcome;
  try {
    const value = ini.parse(text)?.[section]?.[key];
    outcome = value === undefined ? { error: '(not found)' } : { value: String(value) };
  } catch (error) {
    outcome = { error: error.message };
  }
  const python = describe(expected[index]);
  const got = describe(outcome).replace('raises (not found)', '(not found)');
  return { name, python, ini: got, same: python === got };
});
console.log('| construct | configparser (Airflow) | ini |');
console.log('| --- | --- | --- |');
for (const row of rows) console.log(`| ${row.name} | \`${row.python}\` | \`${row.ini}\`${row.same ? '' : ' ✗'} |`);
console.log(`\n${rows.filter((row) => !row.same).length} of ${rows.length} constructs read differently.`);
