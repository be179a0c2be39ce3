// What a Dockerfile's `pip install` / `uv pip install` commands install: the apache-airflow requirement
// (with its extras, and where it is written) and provider distributions named directly. Requirement files
// (`-r`) and constraint files are not read: an install that uses one is marked as not fully known.
import type { Span } from '../reader/types.js';
import { instructions, type Instruction } from './dockerfile.js';

export interface AirflowRequirement {
  /** The requirement as written, without quotes (`apache-airflow[postgres]==2.10.5`). */
  text: string;
  /** Extras, normalised as pip compares them (lower case, runs of `-_.` as `-`). */
  extras: string[];
  span: Span;
}

export interface ImageInstalls {
  /** The last stage's base image (`FROM …`), lower case. */
  baseImage: string | undefined;
  airflow: AirflowRequirement[];
  /** Provider distributions named in install commands, normalised. */
  providers: Set<string>;
  /** An install reads a requirements file or another source this reader cannot see. */
  usesRequirementFiles: boolean;
}

const PIP_INSTALL = /\b(?:pip3?|python3?\s+-m\s+pip|uv\s+pip)\s+install\b/;
const AIRFLOW = /^apache[-_.]airflow(?:\[([^\]]*)\])?(?:\s*[=<>!~;@].*)?$/i;
const PROVIDER = /^(apache[-_.]airflow[-_.]providers[-_.][A-Za-z0-9._-]+?)(?:\[[^\]]*\])?(?:[=<>!~;@].*)?$/i;

export function readImageInstalls(text: string): ImageInstalls {
  const result: ImageInstalls = { baseImage: undefined, airflow: [], providers: new Set(), usesRequirementFiles: false };
  for (const instruction of instructions(text)) {
    const from = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(instruction.text);
    if (from?.[1]) {
      result.baseImage = from[1].toLowerCase();
      continue;
    }
    if (!/^\s*RUN\s/i.test(instruction.text)) continue;
    for (const command of instruction.text.split(/&&|;|\|\|/)) {
      const install = PIP_INSTALL.exec(command);
      if (!install) continue;
      const offset = instruction.text.indexOf(command) + install.index + install[0].length;
      readArguments(instruction, offset, command.slice(install.index + install[0].length), result);
    }
  }
  return result;
}

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function readArguments(instruction: Instruction, start: number, args: string, result: ImageInstalls): void {
  const token = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let match = token.exec(args); match; match = token.exec(args)) {
    const word = match[1] ?? match[2] ?? match[3] ?? '';
    if (/^(-r|--requirement|-e|--editable|\.|\.\/.*|\/.*)$/.test(word) || /^--requirement=/.test(word) || /^-r\S/.test(word)) {
      result.usesRequirementFiles = true;
      continue;
    }
    const provider = PROVIDER.exec(word);
    if (provider?.[1]) {
      result.providers.add(normalizeName(provider[1]));
      continue;
    }
    const airflow = AIRFLOW.exec(word);
    if (!airflow) continue;
    const begin = start + match.index;
    const at = (offset: number) => instruction.positions[Math.min(offset, instruction.positions.length - 1)] ?? { line: 1, column: 1 };
    result.airflow.push({
      text: word,
      extras: (airflow[1] ?? '').split(',').map((extra) => normalizeName(extra.trim())).filter((extra) => extra !== ''),
      span: { start: at(begin), end: at(begin + match[0].length) },
    });
  }
}
