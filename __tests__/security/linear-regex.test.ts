// Every regular expression the product runs on repository text must take linear time: a hostile pull
// request can put a megabyte on one line. The regexes are found in src/ (literals, and `new RegExp`
// arguments built from constants) and in the knowledge data (Airflow's deprecated-value patterns), and
// each is checked with recheck (https://makenowjust-labs.github.io/recheck/), which either proves a
// regex safe or gives the attack string that makes it super-linear. Only its automaton checker is used
// (a proof, the same answer every run); its fuzzing checker is random and reports false alarms. A
// regex it cannot decide (a lookaround, too large an automaton) fails the test: write it another way.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli.js';

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

/**
 * `new RegExp(…)` calls whose pattern is not built from constants, with the reason each is linear.
 * A new dynamic regex must be added here with its reason (the test fails until it is).
 */
const DYNAMIC: Record<string, string> = {
  'src/rules/apf102-executor-no-parallelism.ts': 'Airflow\'s deprecated-value patterns from the knowledge data: checked below',
  'src/rules/apf143-connections-exceed-max.ts': 'a Postgres setting name (word characters) between anchored, disjoint white-space runs',
  'src/rules/apf204-option-removed.ts': 'Airflow\'s deprecated-value patterns from the knowledge data: checked below',
  'src/rules/support/compat-knowledge.ts': 'Airflow\'s deprecated-value patterns from the knowledge data: checked below',
  'src/sources/dotenv.ts': 'an escaped literal name between anchored, disjoint white-space runs',
};

/**
 * Files whose regexes read only text a real Airflow release prints, never repository text: they are
 * not checked. Keep this list short; anything that may read a file from a pull request is checked.
 */
const AIRFLOW_OUTPUT_ONLY: Record<string, string> = {
  'src/plan/sql.ts': 'the offline SQL of `airflow db migrate --show-sql-only` from the installed release',
};

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

/** The value of a constant string expression, or undefined when it depends on run-time data. */
function constantText(node: ts.Node, file: ts.SourceFile, constants: Map<string, ts.Expression>): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return constantText(node.expression, file, constants);
  if (ts.isRegularExpressionLiteral(node)) return regexParts(node).source;
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw') {
    const template = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText;
    let text = template.head.rawText ?? '';
    for (const span of template.templateSpans) {
      const value = constantText(span.expression, file, constants);
      if (value === undefined) return undefined;
      text += value + (span.literal.rawText ?? '');
    }
    return text;
  }
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = constantText(span.expression, file, constants);
      if (value === undefined) return undefined;
      text += value + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = constantText(node.left, file, constants);
    const right = constantText(node.right, file, constants);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isIdentifier(node)) {
    const value = constants.get(node.text);
    return value ? constantText(value, file, constants) : undefined;
  }
  // `X.source` of a constant regex.
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') return constantText(node.expression, file, constants);
  // `[…].join('')` of constant strings.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join') {
    const list = node.expression.expression;
    const separator = node.arguments[0] ? constantText(node.arguments[0], file, constants) : ',';
    if (!ts.isArrayLiteralExpression(list) || separator === undefined) return undefined;
    const parts = list.elements.map((element) => constantText(element, file, constants));
    return parts.some((part) => part === undefined) ? undefined : parts.join(separator);
  }
  return undefined;
}

function regexParts(node: ts.RegularExpressionLiteral): { source: string; flags: string } {
  const text = node.text;
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

function findRegexes(): { found: FoundRegex[]; dynamic: Set<string> } {
  const found: FoundRegex[] = [];
  const dynamic = new Set<string>();
  for (const path of sourceFiles(join(REPO_ROOT, 'src'))) {
    const name = relative(REPO_ROOT, path);
    if (Object.hasOwn(AIRFLOW_OUTPUT_ONLY, name)) continue;
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const constants = new Map<string, ts.Expression>();
    const collect = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isVariableDeclarationList(node.parent) && node.parent.flags & ts.NodeFlags.Const) {
        constants.set(node.name.text, node.initializer);
      }
      ts.forEachChild(node, collect);
    };
    collect(file);
    const where = (node: ts.Node) => `${name}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) found.push({ where: where(node), ...regexParts(node) });
      if (ts.isNewExpression(node) && node.expression.getText(file) === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const source = pattern ? constantText(pattern, file, constants) : undefined;
        if (source === undefined) dynamic.add(name);
        else found.push({ where: where(node), source, flags: flags ? (constantText(flags, file, constants) ?? '') : '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { found, dynamic };
}

/** Airflow's patterns in the knowledge data, read the way apf102 and apf204 read them. */
function knowledgePatterns(): FoundRegex[] {
  const dir = join(REPO_ROOT, 'src', 'knowledge', 'data');
  const patterns = new Map<string, string>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    JSON.parse(readFileSync(join(dir, name), 'utf8'), (key, value: unknown) => {
      if (key === 'pattern' && typeof value === 'string') patterns.set(value, name);
      return value;
    });
  }
  return [...patterns].map(([pattern, name]) => ({
    where: `src/knowledge/data/${name}: ${pattern}`,
    source: pattern.replace(/\\A/g, '^').replace(/\\z/g, '$').replace(/^\(\?i\)/, ''),
    flags: '',
  }));
}

/**
 * The pattern and flags as recheck should see them: `g` changes only where the next search starts; `y`
 * anchors each search where the last one ended, as `^` would.
 */
function asChecked(regex: FoundRegex): [string, string] {
  const flags = regex.flags.replace(/[gy]/g, '');
  const sticky = regex.flags.includes('y') && !regex.flags.includes('m');
  return [sticky ? `^(?:${regex.source})` : regex.source, flags];
}

/** The automaton checker alone, with room for the bounded repeats (`{0,64}`) the product uses. */
const CHECK_PARAMS = { checker: 'automaton', timeout: 60_000, maxRepeatCount: 100, maxNFASize: 100_000, maxPatternSize: 5_000 } as const;

const { found, dynamic } = findRegexes();
const all = [...found, ...knowledgePatterns()];

describe('regular expressions run in linear time', () => {
  it('finds the regexes of src/ and names every dynamic one', () => {
    expect(found.length).toBeGreaterThan(100);
    expect([...dynamic].sort()).toEqual(Object.keys(DYNAMIC).sort());
  });

  it(
    'recheck proves each one safe',
    async () => {
      const unsafe: string[] = [];
      const queue = [...all];
      const worker = async () => {
        for (let regex = queue.shift(); regex !== undefined; regex = queue.shift()) {
          const result = await check(...asChecked(regex), CHECK_PARAMS);
          if (result.status !== 'safe') {
            const attack = result.status === 'vulnerable' ? ` attack: ${result.attack.pattern}` : ` (${result.status})`;
            unsafe.push(`${regex.where} /${regex.source}/${regex.flags}${attack}`);
          }
        }
      };
      await Promise.all([worker(), worker()]);
      expect(unsafe).toEqual([]);
    },
    600_000,
  );
});
