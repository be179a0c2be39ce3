// Random airflow.cfg-like files that exercise every construct configparser treats specially.
import fc from 'fast-check';

const indent = fc.constantFrom('', '', '', ' ', '  ', '\t', ' \t', '\u00a0', '\u3000');
const indentedMore = fc.constantFrom(' ', '  ', '    ', '\t', '\t\t', '\u00a0', '\u2003', '\x1c');
const space = fc.constantFrom('', ' ', '  ', '\t', '\u00a0', '\x1f', '\x85');

const sectionName = fc.constantFrom(
  'core', 'core', 'database', 'webserver', 'Core', 'DEFAULT', 'DEFAULT', 'a b', ' spaced ', 'x]y', '[nested',
  'logging', 'celery', 'ünï', 'api', 'k', '%(k)s',
);
const headerTail = fc.constantFrom('', '', '', ' ', ' # comment', ']', ' trailing', '\t;x');

const key = fc.constantFrom(
  'executor', 'Executor', 'EXECUTOR', 'sql_alchemy_conn', 'parallelism', 'k', 'K', 'key with space', 'x.y',
  'ünïcode', 'İstanbul', 'fernet_key', 'a[b]', '#notcomment', 'Σ', '',
);
const delimiter = fc.constantFrom('=', '=', '=', ':', ' = ', ': ', '\t=\t', '==', ':=', '=:');
const valuePiece = fc.constantFrom(
  'LocalExecutor', 'LocalExecutor  # now parallel', 'a ; b', 'p%40ss', '%%', '100%%', '%(k)s', '%(K)s',
  '%(missing)s', '%(executor)s', '%', '%d', '%(k)d', '100%', 'a=b', 'x:y', '', '{"a": 1}',
  'postgresql+psycopg2://u:p%%40@h/db', '$HOME/x', '${VAR}', 'True', ' spaced ', '\u00a0nbsp\u00a0', 'tab\there',
  '[not a header]', '#hash', ';semi', 'ünï', '\ufeffbom', 'x\x0cy', '\x0b',
);
const value = fc.array(valuePiece, { minLength: 0, maxLength: 3 }).map((pieces) => pieces.join(' '));

const headerLine = fc.tuple(indent, sectionName, headerTail).map(([i, name, tail]) => `${i}[${name}]${tail}`);
const optionLine = fc.tuple(indent, key, space, delimiter, space, value, space).map(
  ([i, k, s1, d, s2, v, s3]) => `${i}${k}${s1}${d}${s2}${v}${s3}`,
);
const continuationLine = fc.tuple(indentedMore, value).map(([i, v]) => `${i}${v}`);
const emptyLine = fc.constantFrom('', '', '', ' ', '\t', '\x0c', '\u00a0');
const commentLine = fc.tuple(indent, fc.constantFrom('#', ';'), value).map(([i, p, v]) => `${i}${p}${v}`);
const badLine = fc.tuple(indent, fc.constantFrom('just words', 'executor', '[unclosed', ']', '[]', 'x y z')).map(
  ([i, t]) => `${i}${t}`,
);

const line = fc.oneof(
  { arbitrary: optionLine, weight: 10 },
  { arbitrary: continuationLine, weight: 5 },
  { arbitrary: headerLine, weight: 3 },
  { arbitrary: emptyLine, weight: 3 },
  { arbitrary: commentLine, weight: 3 },
  { arbitrary: badLine, weight: 1 },
);

const lineEnding = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', 'mixed');

export interface GeneratedConfig {
  lines: string[];
  ending: string;
  bom: boolean;
  finalNewline: boolean;
}

export const generatedConfig: fc.Arbitrary<GeneratedConfig> = fc.record({
  lines: fc.tuple(fc.oneof({ arbitrary: headerLine, weight: 9 }, { arbitrary: line, weight: 1 }), fc.array(line, { maxLength: 25 }))
    .map(([first, rest]) => [first, ...rest]),
  ending: lineEnding,
  bom: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
  finalNewline: fc.boolean(),
});

export function renderConfig(config: GeneratedConfig): string {
  const endings = ['\n', '\r\n', '\r'];
  let text = config.bom ? '\ufeff' : '';
  config.lines.forEach((current, index) => {
    const ending = config.ending === 'mixed' ? endings[index % endings.length] : config.ending;
    const last = index === config.lines.length - 1;
    text += current + (last && !config.finalNewline ? '' : ending);
  });
  return text;
}
