// `airflow-preflight explain [PATH]`: the configuration each component runs with, where every value
// comes from, and what it overrode. Secrets are masked.
import { jsonText } from '../output/json.js';
import { printJsonText, printOut } from '../output/terminal.js';
import { logText } from '../output/text.js';
import { loadInputs, type LoadedInputs } from '../app/run-lint.js';
import { explainComponents, formatExplainText } from '../components/explain.js';
import { collectRepositorySecrets, resolveComponents } from '../components/resolve.js';

export interface ExplainCommandOptions {
  airflowVersion?: string;
  format: 'text' | 'json';
  envFile?: string[];
  compose?: string[];
  helmValues?: string[];
  dockerfile?: string[];
  discover: boolean;
}

export async function explainCommand(root: string | undefined, options: ExplainCommandOptions): Promise<number> {
  const inputs = await loadInputs({
    paths: [],
    root: root ?? '.',
    airflowVersion: options.airflowVersion,
    envFiles: options.envFile ?? [],
    compose: options.compose,
    helmValues: options.helmValues,
    dockerfiles: options.dockerfile,
    discover: options.discover,
  });
  const rendered = renderExplain(inputs, options.format);
  if (options.format === 'json') printJsonText(rendered);
  else printOut(rendered);
  return 0;
}

/** What `explain` prints for the loaded inputs. */
export function renderExplain(inputs: LoadedInputs, format: 'text' | 'json'): string {
  const resolved = resolveComponents(inputs);
  const secrets = collectRepositorySecrets(resolved, inputs.knowledge);
  const components = explainComponents(resolved.components.map((c) => c.view), inputs.knowledge, secrets);
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
