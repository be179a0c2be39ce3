import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRuleIndex, ruleDocHeading, uniqueRuleMetas } from '../../src/report/rule-index.js';
import { RULES } from '../../src/rules/registry.js';
import { SUPPRESSION_RULES } from '../../src/suppress/rules.js';

const root = join(import.meta.dirname, '..', '..');
const docsDir = join(root, 'docs', 'rules');
const metas = uniqueRuleMetas(
  RULES.map((rule) => rule.meta),
  SUPPRESSION_RULES,
);

describe('rule docs', () => {
  it('has a docs/rules/<id>.md for every rule, starting with its id and alias', () => {
    const missing = metas.filter((meta) => !existsSync(join(docsDir, `${meta.id}.md`))).map((meta) => meta.id);
    expect(missing, 'rules without a doc page').toEqual([]);
    for (const meta of metas) {
      const firstLine = readFileSync(join(docsDir, `${meta.id}.md`), 'utf8').split('\n')[0];
      expect(firstLine, `${meta.id}.md heading`).toBe(ruleDocHeading(meta));
    }
  });

  it('has no doc page without a rule', () => {
    const ids = new Set(metas.map((meta) => meta.id));
    const pages = readdirSync(docsDir).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(pages.filter((name) => !ids.has(name.replace(/\.md$/, ''))), 'doc pages without a rule').toEqual([]);
  });

  it('has a rule id and alias that are unique and well formed', () => {
    for (const meta of metas) {
      expect(meta.id).toMatch(/^APF\d{3}$/);
      expect(meta.alias).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(new Set(metas.map((meta) => meta.alias)).size).toBe(metas.length);
  });

  it('has a docs/rules/README.md that is exactly what the script generates', () => {
    const index = readFileSync(join(docsDir, 'README.md'), 'utf8');
    expect(index).toBe(renderRuleIndex(metas));
  });

  it('scripts/rule-docs.mjs --check agrees (it bundles the TypeScript registry itself)', { timeout: 60_000 }, () => {
    const output = execFileSync(process.execPath, [join(root, 'scripts', 'rule-docs.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
    expect(output).toBe(`docs/rules/README.md is up to date (${metas.length} rules).\n`);
  });
});
