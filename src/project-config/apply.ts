// Applies the rule settings and ignore globs of `.airflow-preflight.yaml` to a lint result: a rule set
// to `off` moves its findings to the suppressed list (kind `disable`), a severity replaces the rule's,
// and files matching `ignore` leave the report altogether.
import picomatch from 'picomatch';
import { posix, relative, resolve, sep } from 'node:path';
import { countBySeverity, type FileReport, type LintResult, type SuppressedFinding } from '../engine/types.js';
import { compareFindings, type Finding } from '../findings.js';
import type { ProjectConfig, RuleSetting } from './types.js';

/** Tests a reported path (relative to the working directory) against globs written relative to the root. */
export type PathMatcher = (path: string) => boolean;

export function globMatcher(globs: readonly string[], root: string): PathMatcher {
  if (globs.length === 0) return () => false;
  const matches = picomatch([...globs], { dot: true });
  return (path) => matches(relativeToRoot(path, root));
}

/** `a/b/airflow.cfg` relative to the root, with `/` separators (paths outside the root keep their `..`). */
export function relativeToRoot(path: string, root: string): string {
  return relative(resolve(root), resolve(path)).split(sep).join(posix.sep);
}

/** The setting for one rule in one file: the last override that matches wins, then `rules`. */
export function ruleSettingFor(config: ProjectConfig, root: string, file: string, ruleId: string): RuleSetting | undefined {
  for (let index = config.overrides.length - 1; index >= 0; index -= 1) {
    const override = config.overrides[index];
    if (!override || !override.rules.has(ruleId)) continue;
    if (globMatcher(override.files, root)(file)) return override.rules.get(ruleId);
  }
  return config.rules.get(ruleId);
}

export interface ApplyProjectConfigOptions {
  root: string;
}

export function applyProjectConfig<T extends LintResult>(result: T, config: ProjectConfig, options: ApplyProjectConfigOptions): T {
  if (config.rules.size === 0 && config.overrides.length === 0 && config.ignore.length === 0) return result;
  const ignored = globMatcher(config.ignore, options.root);
  const files: FileReport[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const report of result.files) {
    if (ignored(report.file)) continue;
    const kept: Finding[] = [];
    const off: SuppressedFinding[] = [];
    for (const finding of report.findings) {
      const setting = ruleSettingFor(config, options.root, report.file, finding.ruleId);
      if (setting === 'off') off.push({ finding, kind: 'disable', reason: `off in ${config.path ?? 'the configuration file'}` });
      else kept.push(setting === undefined ? finding : { ...finding, severity: setting });
    }
    files.push({ ...report, findings: kept, suppressed: [...report.suppressed, ...off] });
    suppressed.push(...off);
  }
  const findings = files.flatMap((file) => file.findings).sort(compareFindings);
  const allSuppressed = [...result.suppressed.filter((entry) => !ignored(entry.finding.file)), ...suppressed];
  return { ...result, files, findings, suppressed: allSuppressed, counts: countBySeverity(findings) };
}
