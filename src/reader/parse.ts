// A reader with the exact semantics of CPython's `configparser.ConfigParser._read` under the defaults
// Airflow uses (strict, `=`/`:` delimiters, whole-line `#`/`;` comments, no inline comments,
// empty lines kept inside values, and Airflow's own `optionxform` that keeps option names as written:
// `Key` and `key` are two options). No library reproduces these rules and
// also gives positions, hence this hand-written module; __tests__/reader compares it with CPython.
import type {
  ConfigDocument,
  ConfigParserError,
  OptionNode,
  ParseResult,
  SectionNode,
  Span,
} from './types.js';
import { firstNonSpace, pythonRepr, pythonStrip, splitPythonLines } from './python-text.js';

export const DEFAULT_SECTION = 'DEFAULT';
const COMMENT_PREFIXES = ['#', ';'];

/** Parses decoded text. `fileName` is only used in error messages, as configparser uses it. */
export function parseConfig(text: string, fileName = '<string>'): ParseResult {
  return new Reader(fileName).read(splitPythonLines(text));
}

interface PendingOption {
  node: OptionNode;
}

class Reader {
  private readonly sections = new Map<string, SectionNode>();
  private readonly document: ConfigDocument = { defaults: undefined, sections: [], comments: [], lineCount: 0 };
  /** configparser's `elements_added`: section names and `section\0option` pairs seen in this file. */
  private readonly added = new Set<string>();
  private current: SectionNode | undefined;
  private currentOption: PendingOption | undefined;
  private indentLevel = 0;
  private firstBadLine: { line: number; text: string } | undefined;

  constructor(private readonly fileName: string) {}

  read(lines: string[]): ParseResult {
    this.document.lineCount = lines.length;
    for (let index = 0; index < lines.length; index += 1) {
      const error = this.readLine(lines[index] ?? '', index + 1);
      if (error) return { ok: false, error, partial: this.finish() };
    }
    const document = this.finish();
    if (this.firstBadLine) {
      return { ok: false, error: this.parsingError(this.firstBadLine), partial: document };
    }
    return { ok: true, document };
  }

  private readLine(line: string, lineNo: number): ConfigParserError | undefined {
    const stripped = pythonStrip(line);
    if (COMMENT_PREFIXES.some((prefix) => stripped.text.startsWith(prefix))) {
      this.document.comments.push({
        text: stripped.text.slice(1),
        span: lineSpan(lineNo, stripped.start, stripped.end),
      });
      return undefined;
    }
    if (stripped.text === '') {
      // An empty line belongs to the value being read; the join drops it again when nothing follows.
      this.currentOption?.node.valueLines.push({ text: '', span: lineSpan(lineNo, 0, 0) });
      return undefined;
    }
    const indent = firstNonSpace(line);
    if (this.current && this.currentOption && indent > this.indentLevel) {
      this.currentOption.node.valueLines.push({ text: stripped.text, span: lineSpan(lineNo, stripped.start, stripped.end) });
      return undefined;
    }
    this.indentLevel = indent;
    const header = matchSectionHeader(stripped.text);
    if (header !== undefined) return this.startSection(header, lineNo, stripped.start);
    if (!this.current) return this.missingHeader(line, lineNo, stripped.start, stripped.end);
    return this.readOption(line, lineNo, stripped.text, stripped.start);
  }

  private startSection(name: string, lineNo: number, start: number): ConfigParserError | undefined {
    const nameStart = start + 1;
    const headerEnd = nameStart + name.length + 1;
    const headerSpan = lineSpan(lineNo, start, headerEnd);
    const nameSpan = lineSpan(lineNo, nameStart, nameStart + name.length);
    this.currentOption = undefined;
    if (name === DEFAULT_SECTION) {
      // configparser never reports a repeated [DEFAULT]: both blocks feed the same defaults.
      this.document.defaults ??= { name, headerSpan, nameSpan, options: [] };
      this.current = this.document.defaults;
      return undefined;
    }
    if (this.added.has(name)) {
      return {
        kind: 'DuplicateSectionError',
        line: lineNo,
        message: `While reading from ${pythonRepr(this.fileName)} [line ${pad2(lineNo)}]: section ${pythonRepr(name)} already exists`,
        span: headerSpan,
      };
    }
    this.added.add(name);
    const section: SectionNode = { name, headerSpan, nameSpan, options: [] };
    this.sections.set(name, section);
    this.document.sections.push(section);
    this.current = section;
    return undefined;
  }

  private readOption(line: string, lineNo: number, text: string, start: number): ConfigParserError | undefined {
    const section = this.current;
    if (!section) return undefined;
    const delimiterAt = findDelimiter(text);
    if (delimiterAt < 0) {
      // A line configparser cannot read: it remembers it, keeps the current option, and reads on.
      this.recordBadLine(lineNo, line);
      return undefined;
    }
    const rawKey = text.slice(0, delimiterAt);
    const keyText = pythonStrip(rawKey).text;
    // configparser's OPTCRE lets the key be empty; it records a ParsingError but still stores the option.
    if (keyText === '') this.recordBadLine(lineNo, line);
    // AirflowConfigParser.optionxform returns the name unchanged (2.x and 3.x).
    const key = keyText;
    const valueStart = firstNonSpace(text, delimiterAt + 1);
    const valueText = text.slice(valueStart);
    const keyEnd = start + keyText.length;
    const node: OptionNode = {
      rawKey: keyText,
      key,
      keySpan: lineSpan(lineNo, start, keyEnd),
      delimiter: text[delimiterAt] === ':' ? ':' : '=',
      value: '',
      valueLines: [{ text: valueText, span: lineSpan(lineNo, start + valueStart, start + text.length) }],
      span: lineSpan(lineNo, start, start + text.length),
      section: section.name,
    };
    const pairKey = `${section.name}\u0000${key}`;
    if (this.added.has(pairKey)) {
      return {
        kind: 'DuplicateOptionError',
        line: lineNo,
        message: `While reading from ${pythonRepr(this.fileName)} [line ${pad2(lineNo)}]: option ${pythonRepr(key)} in section ${pythonRepr(section.name)} already exists`,
        span: node.keySpan,
      };
    }
    this.added.add(pairKey);
    section.options.push(node);
    // An empty key ends continuation, as configparser's falsy `optname` does.
    this.currentOption = key === '' ? undefined : { node };
    return undefined;
  }

  private missingHeader(line: string, lineNo: number, start: number, end: number): ConfigParserError {
    return {
      kind: 'MissingSectionHeaderError',
      line: lineNo,
      message: `File contains no section headers. file: ${pythonRepr(this.fileName)}, line: ${lineNo} ${pythonRepr(`${line}\n`)}`,
      span: lineSpan(lineNo, start, end),
    };
  }

  private recordBadLine(lineNo: number, line: string): void {
    this.firstBadLine ??= { line: lineNo, text: line };
  }

  private parsingError(bad: { line: number; text: string }): ConfigParserError {
    const stripped = pythonStrip(bad.text);
    return {
      kind: 'ParsingError',
      line: bad.line,
      message: `Source contains parsing errors: ${pythonRepr(this.fileName)} [line ${pad2(bad.line)}]: ${pythonRepr(`${bad.text}\n`)}`,
      span: lineSpan(bad.line, stripped.start, stripped.end),
    };
  }

  private finish(): ConfigDocument {
    const all = this.document.defaults ? [this.document.defaults, ...this.document.sections] : this.document.sections;
    for (const section of all) {
      for (const option of section.options) finishOption(option);
    }
    return this.document;
  }
}

/** configparser's join: lines joined with `\n`, then `rstrip()` (which drops trailing empty lines). */
function finishOption(option: OptionNode): void {
  while (option.valueLines.length > 1 && option.valueLines.at(-1)?.text === '') option.valueLines.pop();
  option.value = option.valueLines.map((valueLine) => valueLine.text).join('\n');
  const last = option.valueLines.at(-1);
  if (last && last.text !== '') option.span = { start: option.span.start, end: last.span.end };
}

/** SECTCRE `\[(?P<header>.+)\]` with `match`: from the first `[` to the last `]`, trailing text ignored. */
function matchSectionHeader(text: string): string | undefined {
  if (!text.startsWith('[')) return undefined;
  const close = text.lastIndexOf(']');
  if (close < 2) return undefined;
  return text.slice(1, close);
}

/** OPTCRE's lazy key `(.*?)\s*(=|:)`: the first `=` or `:` on the line. */
function findDelimiter(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '=' || char === ':') return i;
  }
  return -1;
}

function lineSpan(line: number, startIndex: number, endIndex: number): Span {
  return { start: { line, column: startIndex + 1 }, end: { line, column: endIndex + 1 } };
}

function pad2(n: number): string {
  return String(n).padStart(2, ' ');
}
