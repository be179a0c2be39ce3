// The CLI's only way to its standard streams: every line is finished (control characters visible,
// no workflow command) on the way out, since the CLI may run inside a GitHub Actions step.
import { finishText } from './text.js';

export function printOut(text: string): void {
  process.stdout.write(finishText(text));
}

export function printErr(text: string): void {
  process.stderr.write(finishText(text));
}

/** JSON and SARIF: already escaped losslessly by `jsonText`, so printed as they are. */
export function printJsonText(json: string): void {
  process.stdout.write(json);
}
