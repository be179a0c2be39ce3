import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishText, neutraliseLine, visible } from '../../src/output/text.js';
import { jsonText } from '../../src/output/json.js';
import { escapeMarkdown, markdownCode, markdownFence } from '../../src/output/markdown.js';
import { runnerCommandLines } from '../helpers/runner-lines.js';

describe('visible', () => {
  it('writes control characters as escapes', () => {
    expect(visible('a\rb\nc\u001b[31md\u0000e\u0085f\u2028g\u202eh')).toBe('a\\rb\\nc\\e[31md\\x00e\\x85f\\u2028g\\u202eh');
  });

  it('leaves ordinary text, tabs and non-Latin letters alone', () => {
    expect(visible('naïve\tpath/日本/airflow.cfg')).toBe('naïve\tpath/日本/airflow.cfg');
  });
});

describe('neutraliseLine and finishText', () => {
  it('breaks a workflow command at the start of a line, after white space too', () => {
    expect(runnerCommandLines(neutraliseLine('::error file=x::boom'))).toEqual([]);
    expect(runnerCommandLines(neutraliseLine('   \t::set-output name=a::b'))).toEqual([]);
    expect(runnerCommandLines(neutraliseLine('x ##[error]y ##[set-output name=a;]b'))).toEqual([]);
  });

  it('keeps a person-readable text: only a zero-width word joiner is added', () => {
    expect(neutraliseLine('::error::x').replace(/\u2060/g, '')).toBe('::error::x');
  });

  it('keeps colours and newlines, shows every other control character', () => {
    const out = finishText('\u001b[31mred\u001b[39m\nnext\rline\u001b]0;title\u0007');
    expect(out).toBe('\u001b[31mred\u001b[39m\nnext\\rline\\e]0;title\\x07');
  });

  it('no text, however built, gives the runner a command line', () => {
    const piece = fc.constantFrom('::', '##[', '\r', '\n', ' ', '\t', '\u0085', '\u2028', 'error', 'set-output name=a::', ']', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        expect(runnerCommandLines(finishText(pieces.join('')))).toEqual([]);
      }),
    );
  });
});

describe('jsonText', () => {
  it('is lossless and hides the legacy command form', () => {
    const value = { path: '##[stop-commands]x', c1: '\u0085', sep: '\u2028' };
    const text = jsonText(value);
    expect(text).not.toContain('##[');
    expect(text).not.toMatch(/[\u0085\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('markdown', () => {
  it('escapes HTML, links, autolinks and table pipes', () => {
    const out = escapeMarkdown('<a href="https://evil.example">x</a> | [y](z) www.evil.example me@evil.example');
    expect(out).not.toMatch(/<|(?<!\\)\]\(|(?<!\\)\||https:\/\/|www\.e|(?<!\\)@/);
  });

  it('a code span outlasts every backtick run in the path', () => {
    expect(markdownCode('a`b``c')).toBe('```a`b``c```');
    expect(markdownCode('`x')).toBe('`` `x ``');
    expect(markdownCode('dir\rname')).toBe('`dir\\rname`');
  });

  it('a fence outlasts every backtick run in the block', () => {
    expect(markdownFence(['````', 'ok'])).toBe('`````text\n````\nok\n`````');
  });
});
