import type { RepositoryView } from '../components/types.js';
import type { EffectiveConfig } from '../config/types.js';
import type { Severity, RelatedLocation, TextEdit } from '../findings.js';
import type { AirflowKnowledge } from '../knowledge/types.js';
import type { ConfigDocument, ConfigParserError, Span } from '../reader/types.js';
import type { TargetVersion } from '../version/types.js';

export type RuleTag = 'syntax' | 'compatibility' | 'production' | 'security' | 'capacity' | 'exposure' | 'suppression' | 'deployment';

export interface RuleMeta {
  /** Stable id, `APF` + three digits. Never reused. */
  id: string;
  /** Readable alias, kebab-case; also accepted wherever an id is. */
  alias: string;
  /** One sentence: what the rule reports. */
  description: string;
  /** Default severity; a report may choose another (e.g. a removal that changes behaviour). */
  severity: Severity;
  tags: RuleTag[];
  /** Human description of the Airflow versions it applies to; the check itself asks the knowledge data. */
  versions: string;
  /** Message templates by id; `{{name}}` is replaced by report data. */
  messages: Record<string, string>;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number> | undefined;
  /** Defaults to the file the rule is checking. */
  file?: string | undefined;
  span: Span;
  severity?: Severity | undefined;
  fix?: string | undefined;
  related?: RelatedLocation[] | undefined;
  /** A safe automatic fix (`lint --fix`): edits of the reported file. */
  edits?: TextEdit[] | undefined;
}

export interface RuleContext {
  /** The cfg file being checked (path as reported), or the primary source of the component. */
  file: string;
  /** The parsed cfg, when the component has one and it could be read. */
  document: ConfigDocument | undefined;
  /** Set when configparser would refuse the file; only rules that handle it run then. */
  parseError?: ConfigParserError | undefined;
  /** The file's lines, for rules that look at raw text (comments, suppressions). */
  lines: readonly string[];
  /**
   * True when `document` was read from `file` itself (an airflow.cfg), so its positions are positions in
   * `lines` and a rule may offer text edits of it; false for configurations rendered from Helm values.
   */
  documentIsFile?: boolean | undefined;
  config: EffectiveConfig;
  /**
   * Where findings about options nobody set land when the component has no cfg section to point at: a
   * compose service's `environment:` key (shared anchors make one place for all services using them).
   */
  anchorSpan?: Span | undefined;
  knowledge: AirflowKnowledge;
  target: TargetVersion;
  /**
   * Every component of the repository (compose services, Helm components, cfg files), for rules that
   * compare them or read their commands. Set for every run; `config` is one of its components.
   */
  repository?: RepositoryView | undefined;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
  /** True for the few rules that still have something to say when the file cannot be parsed. */
  runsOnUnreadableFile?: boolean;
  /**
   * `component` (the default): runs once per component, on its effective configuration.
   * `repository`: runs once per lint, for rules that compare components (`context.repository`).
   */
  scope?: 'component' | 'repository' | undefined;
}
