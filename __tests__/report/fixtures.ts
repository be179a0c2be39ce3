import type { LintResult, SuppressedFinding } from '../../src/engine/types.js';
import { countBySeverity } from '../../src/engine/types.js';
import type { Finding, Severity } from '../../src/findings.js';
import { compareFindings } from '../../src/findings.js';
import type { RuleMeta } from '../../src/rules/types.js';
import type { TargetVersion } from '../../src/version/types.js';
import type { VerifyResult } from '../../src/verify/types.js';

/** Fake rules: the real registry is filled by the rule modules, these keep reporter tests independent of it. */
export const FAKE_RULES: RuleMeta[] = [
  {
    id: 'APF900',
    alias: 'fake-sqlite-executor',
    description: 'SQLite metastore with a parallel executor',
    severity: 'error',
    tags: ['production'],
    versions: '2.0 and later',
    messages: { default: 'SQLite with {{executor}}' },
  },
  {
    id: 'APF901',
    alias: 'suppression-without-reason',
    description: 'A suppression comment gives no reason.',
    severity: 'warning',
    tags: ['suppression'],
    versions: 'all',
    messages: {},
  },
  {
    id: 'APF910',
    alias: 'fake-committed-secret',
    description: 'A secret is committed in the configuration.',
    severity: 'error',
    tags: ['security', 'production'],
    versions: 'all',
    messages: {},
  },
  {
    id: 'APF920',
    alias: 'fake-inline-comment',
    description: 'An inline comment is part of the value.',
    severity: 'notice',
    tags: ['syntax'],
    versions: 'all',
    messages: {},
  },
];

export const TARGET: TargetVersion = {
  requested: '2.10',
  knowledgeVersion: '2.10.5',
  how: 'detected',
  reason: 'detected from Dockerfile:1 (FROM apache/airflow:2.10.4)',
};

export function finding(
  ruleId: string,
  severity: Severity,
  line: number,
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  return {
    file: 'config/airflow.cfg',
    ruleId,
    severity,
    line,
    column: 1,
    endLine: line,
    endColumn: 20,
    message,
    ...extra,
  };
}

export function lintResult(
  findings: Finding[],
  suppressed: SuppressedFinding[] = [],
  extra: Partial<LintResult> = {},
): LintResult {
  const sorted = [...findings].sort(compareFindings);
  const files = [...new Set([...sorted.map((f) => f.file), ...suppressed.map((s) => s.finding.file)])];
  return {
    target: TARGET,
    files: files.map((file) => ({
      file,
      kind: 'cfg',
      findings: sorted.filter((f) => f.file === file),
      suppressed: suppressed.filter((s) => s.finding.file === file),
    })),
    findings: sorted,
    suppressed,
    counts: countBySeverity(sorted),
    ...extra,
  };
}

export const SAMPLE_FINDINGS: Finding[] = [
  finding('APF900', 'error', 12, 'SQLite cannot be used with the CeleryExecutor.', {
    column: 1,
    endColumn: 46,
    fix: 'Point sql_alchemy_conn at Postgres or MySQL.',
  }),
  finding('APF920', 'notice', 40, 'The value of dag_concurrency includes the comment "# four".', {
    column: 19,
    endColumn: 27,
  }),
  finding('APF910', 'warning', 3, 'fernet_key is committed: s3cr3t-value.', { file: '.env', column: 12, endColumn: 24 }),
];

export const SAMPLE_SUPPRESSED: SuppressedFinding[] = [
  {
    finding: finding('APF900', 'error', 30, 'SQLite cannot be used with the LocalExecutor.'),
    kind: 'inline',
    reason: 'local development only',
    file: 'config/airflow.cfg',
    line: 29,
  },
  {
    finding: finding('APF920', 'notice', 50, 'Inline comment in value.'),
    kind: 'disable',
    reason: undefined,
  },
];

export const SAMPLE_VERIFY: VerifyResult = {
  verified: false,
  provider: 'testcontainers',
  airflowVersion: '2.10.5',
  migrateCommand: 'airflow db migrate',
  expectedTables: ['dag', 'dag_run', 'task_instance'],
  foundTables: ['dag', 'dag_run'],
  missingTables: ['task_instance'],
  expectedHead: '5f2621c13b39',
  migrationHead: '22ed7efa9da2',
  checks: [
    { name: 'connect', ok: true, detail: 'connected to postgresql://airflow:s3cr3t-value@db/airflow' },
    { name: 'migration head', ok: false, detail: 'head 22ed7efa9da2 is not 5f2621c13b39 | stale', ruleId: 'APF900' },
  ],
  timings: { start: 1234, migrate: 15_500 },
  errorLines: ['sqlalchemy.exc.OperationalError: password s3cr3t-value rejected'],
  replacedOptions: [],
};

/** Stands in for `SecretRegistry#mask` with one known secret. */
export const mask = (text: string): string => text.split('s3cr3t-value').join('***');
