/** 1-based line and column, counted in UTF-16 code units of the decoded text (what editors and GitHub show). */
export interface Position {
  line: number;
  column: number;
}

/** A half-open range: `end` points one column past the last character. */
export interface Span {
  start: Position;
  end: Position;
}

/** One physical line of an option's value: the first line (after the delimiter) or a continuation line. */
export interface ValueLine {
  /** Text of this line exactly as configparser keeps it (stripped of surrounding white space). */
  text: string;
  span: Span;
}

export interface OptionNode {
  /** The key as written in the file. */
  rawKey: string;
  /**
   * The key as Airflow's configparser stores it: stripped, case kept (AirflowConfigParser.optionxform
   * returns the name unchanged). Airflow looks options up in lower case, so `EXECUTOR` is never read.
   */
  key: string;
  keySpan: Span;
  /** `=` or `:`; null for a key written without a delimiter (configparser rejects those with allow_no_value=False). */
  delimiter: '=' | ':' | null;
  /** The value exactly as configparser stores it: lines joined with `\n`, trailing empty lines removed. */
  value: string;
  /** Every physical line that contributed to the value, including empty continuation lines. */
  valueLines: ValueLine[];
  /** From the key to the end of the last value line. */
  span: Span;
  /** The section this option belongs to (`DEFAULT` for the defaults section). */
  section: string;
}

export interface SectionNode {
  /** The name between the brackets, as configparser keeps it (case-sensitive). */
  name: string;
  headerSpan: Span;
  nameSpan: Span;
  options: OptionNode[];
}

export interface Comment {
  /** The whole comment line without its prefix character (`#` or `;`). */
  text: string;
  span: Span;
}

export type ConfigParserErrorKind =
  | 'MissingSectionHeaderError'
  | 'DuplicateSectionError'
  | 'DuplicateOptionError'
  | 'ParsingError';

/** The exception configparser raises when it reads the file, and the line Python reports. */
export interface ConfigParserError {
  kind: ConfigParserErrorKind;
  line: number;
  /** Python's message text, with the file name as configparser would print it. */
  message: string;
  span: Span;
}

export interface ConfigDocument {
  /** `[DEFAULT]`, when the file has one; its options apply to every section. */
  defaults: SectionNode | undefined;
  /** Sections in file order (without DEFAULT). */
  sections: SectionNode[];
  comments: Comment[];
  /** Number of lines in the decoded text. */
  lineCount: number;
}

export type ParseResult =
  | { ok: true; document: ConfigDocument }
  | { ok: false; error: ConfigParserError; /** what was read before the failure */ partial: ConfigDocument };

export type InterpolationErrorKind =
  | 'InterpolationSyntaxError'
  | 'InterpolationMissingOptionError'
  | 'InterpolationDepthError';

/**
 * Not a configparser exception: the value would expand past MAX_INTERPOLATED_LENGTH (nested references
 * that each copy a large value), where configparser itself would stall or run out of memory.
 */
export type InterpolationLimitKind = 'InterpolationTooLarge';

export type InterpolationResult =
  | { ok: true; value: string }
  | {
      ok: false;
      kind: InterpolationErrorKind | InterpolationLimitKind;
      message: string;
      /** Where in the file the offending `%` sits, when it lies in this option's own value. */
      position: Position | undefined;
    };
