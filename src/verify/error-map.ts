/**
 * Airflow's own failure lines → the lint rule that would have caught the cause before running Airflow.
 * Rule ids are provisional: this table is the one place that names them.
 */
export interface ErrorRule {
  ruleId: string;
  /** Whether a line of Airflow's output is this failure. */
  matches: (line: string) => boolean;
  /** The cfg option responsible, when the error names one regardless of its text. */
  section?: string;
  option?: string;
}

export const ERROR_RULES: readonly ErrorRule[] = [
  { ruleId: 'APF001', matches: inOrder(/\b(MissingSectionHeaderError|DuplicateSectionError|DuplicateOptionError|ParsingError)\b/g) },
  { ruleId: 'APF002', matches: inOrder(/\bInterpolation(Syntax|MissingOption|Depth)Error\b/g) },
  {
    ruleId: 'APF110',
    matches: either(inOrder(/cannot use SQLite with the \w/gi), inOrder(/Cannot use relative path/gi, /sqlite/gi)),
    section: 'database',
    option: 'sql_alchemy_conn',
  },
  { ruleId: 'APF111', matches: inOrder(/Can't load plugin: sqlalchemy\.dialects:postgres\b/g), section: 'database', option: 'sql_alchemy_conn' },
  {
    ruleId: 'APF101',
    matches: either(inOrder(/\bUnknownExecutorException\b/gi), inOrder(/\bexecutor /gi, /could not be (loaded|imported)\b/gi)),
    section: 'core',
    option: 'executor',
  },
  {
    ruleId: 'APF102',
    matches: inOrder(/\b(SequentialExecutor|DebugExecutor)\b/gi, /\b(not|only)\b/gi, /\b(production|testing|debug)/gi),
    section: 'core',
    option: 'executor',
  },
];

/**
 * A line in which the patterns match one after another, like one regex `a.*b.*c` but without its
 * backtracking (quadratic on a long line that repeats `a`). Each pattern needs the `g` flag.
 */
function inOrder(...patterns: RegExp[]): (line: string) => boolean {
  return (line) => {
    let from = 0;
    for (const pattern of patterns) {
      pattern.lastIndex = from;
      const match = pattern.exec(line);
      if (!match) return false;
      from = match.index + match[0].length;
    }
    return true;
  };
}

function either(...tests: ((line: string) => boolean)[]): (line: string) => boolean {
  return (line) => tests.some((test) => test(line));
}

/** Rule ids for failures the verify step detects itself rather than by reading Airflow's output. */
export const EXECUTOR_NOT_LOADABLE = 'APF101';
export const EXECUTOR_NOT_FOR_PRODUCTION = 'APF102';

export interface MappedError {
  ruleId: string;
  /** The line that matched. */
  line: string;
  section?: string | undefined;
  option?: string | undefined;
  /** Text of the offending value, when the error quotes it (`%Z` in "found: '%Z'"). */
  needle?: string | undefined;
  /** The cfg line configparser named (`[line  5]`). */
  cfgLine?: number | undefined;
}

/** The first error line any rule recognises, with the option it names when it names one. */
export function mapAirflowError(lines: readonly string[]): MappedError | undefined {
  for (const rule of ERROR_RULES) {
    const line = lines.find((l) => rule.matches(l));
    if (line === undefined) continue;
    const named = /option '([^']+)' in section '([^']+)'/.exec(line);
    const found = /found: '([^']+)'/.exec(line);
    const lineNumber = /\[line\s+(\d+)\]/.exec(line);
    return {
      ruleId: rule.ruleId,
      line,
      section: named?.[2] ?? rule.section,
      option: named?.[1] ?? rule.option,
      needle: found?.[1],
      cfgLine: lineNumber ? Number(lineNumber[1]) : undefined,
    };
  }
  return undefined;
}

const EXCEPTION_LINE = /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)(:\s|$)/;
const ERROR_MARKERS = [
  /\bairflow\.exceptions\.\w+/,
  /^airflow command error:/,
  /\bERROR\s+-\s/,
  /\[error\s*\]/,
  /^(FATAL|ERROR):\s/,
  /^error:\s/i,
];

/**
 * Airflow's own error lines out of a command's output: exception lines (the last line of a
 * traceback), Airflow's error log lines and argparse errors; the last few lines when none match.
 */
export function extractErrorLines(output: string, limit = 8): string[] {
  const lines = output.split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  const picked: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (EXCEPTION_LINE.test(trimmed) || ERROR_MARKERS.some((m) => m.test(trimmed))) {
      if (!picked.includes(trimmed)) picked.push(trimmed);
    }
  }
  const chosen = picked.length > 0 ? picked : lines.map((l) => l.trim());
  return chosen.slice(-limit);
}
