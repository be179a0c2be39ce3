// `airflow-preflight explain [PATH]`: the configuration each component runs with, where every value
// comes from, and what it overrode. Secrets are masked.
import { jsonText } from '../output/json.js';
import { printJsonText, printOut } from '../output/terminal.js';
import { logText } from '../output/text.js';
import { loadInputs, type LoadedInputs } from '../app/run-lint.js';
import { explainComponents, formatExplainText, type ExplainComponent } from '../components/explain.js';
import type { ResolvedComponent } from '../components/resolve.js';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { collectRepositorySecrets, resolveComponents } from '../components/resolve.js';

export interface ExplainCommandOptions {
  airflowVersion?: string;
  format: 'text' | 'json';
  envFile?: string[];
  compose?: string[];
  helmValues?: string[];
  dockerfile?: string[];
  discover: boolean;
  /** Also rows whose value is the release's default (hidden by default). */
  all?: boolean;
}

export async function explainCommand(path: string | undefined, options: ExplainCommandOptions): Promise<number> {
  // A file is explained on its own (its kind from its name); a folder is searched as a repository.
  const file = path !== undefined && (await stat(path).catch(() => undefined))?.isFile() === true;
  const inputs = await loadInputs({
    paths: file && path !== undefined ? [path] : [],
    root: file && path !== undefined ? dirname(path) : (path ?? '.'),
    airflowVersion: options.airflowVersion,
    envFiles: options.envFile ?? [],
    compose: options.compose,
    helmValues: options.helmValues,
    dockerfiles: options.dockerfile,
    discover: options.discover,
  });
  const rendered = renderExplain(inputs, options.format, options.all === true);
  if (options.format === 'json') printJsonText(rendered);
  else printOut(rendered);
  return 0;
}

/** What `explain` prints for the loaded inputs. */
export function renderExplain(inputs: LoadedInputs, format: 'text' | 'json', all = true): string {
  const resolved = resolveComponents(inputs);
  const secrets = collectRepositorySecrets(resolved, inputs.knowledge);
  const every = explainComponents(resolved.components.map((c) => c.view), inputs.knowledge, secrets);
  const components = all ? every : every.map((component) => withoutDefaults(component, resolved.components, inputs));
  // Files no component could be read from (invalid YAML, or refused for their cost): said, not skipped.
  const unreadable = resolved.repository.unreadable.map((source) => ({
    file: source.file,
    line: source.span.start.line,
    message: source.limit === 'aliasing' ? `docker compose and helm refuse it with "yaml: document contains excessive aliasing" (${source.message})` : source.message,
  }));
  if (format === 'json') {
    // Rows are masked already; every other string (paths, names) once more as a whole.
    // `target` is the release the facts come from; `requested` what was asked for or detected (2.10 → 2.10.5).
    return jsonText(
      { target: inputs.target.knowledgeVersion, requested: inputs.target.requested, dataRelease: inputs.target.knowledgeVersion, components, unreadable },
      (text) => secrets.mask(text),
    );
  }
  const reason = logText(inputs.target.reason, (text) => secrets.mask(text));
  const notRead = unreadable.map((source) => `${logText(source.file)}:${source.line}: not read: ${logText(source.message, (text) => secrets.mask(text))}\n`).join('');
  const requested = logText(inputs.target.requested, (text) => secrets.mask(text));
  const data = inputs.target.knowledgeVersion === inputs.target.requested ? '' : ` (requested ${requested}; facts from the real release ${inputs.target.knowledgeVersion})`;
  return `Target Airflow ${inputs.target.knowledgeVersion}: ${reason}${data}\n${notRead}\n${formatExplainText(components)}`;
}

/** The rows whose winning value is not the target release's default; how many were left out is said. */
function withoutDefaults(component: ExplainComponent, resolved: readonly ResolvedComponent[], inputs: LoadedInputs): ExplainComponent {
  const view = resolved.find((candidate) => candidate.view.name === component.component)?.view;
  const rows = component.rows.filter((row) => {
    const fact = inputs.knowledge.sections[row.section]?.options[row.option];
    const winner = view?.config.get(row.section, row.option);
    if (!fact || fact.default === null || !winner || winner.variant !== 'value' || winner.value === undefined) return true;
    return winner.value.trim() !== fact.default.trim();
  });
  const hidden = component.rows.length - rows.length;
  return { ...component, rows, restated: hidden };
}
