// The action's only way to the runner log. `core.info` writes a line as it is; these wrappers finish
// it first (control characters visible, no `::` at a line start, no `##[`), and mask when given a mask.
import * as core from '@actions/core';
import { annotationMessageText } from '../output/annotation.js';
import { finishText } from '../output/text.js';
import type { Mask } from '../report/common.js';

function prepare(text: string, mask?: Mask): string {
  return mask ? mask(text) : text;
}

export function logInfo(text: string, mask?: Mask): void {
  core.info(finishText(prepare(text, mask)));
}

export function logNotice(text: string, mask?: Mask): void {
  core.notice(annotationMessageText(prepare(text, mask)));
}

export function logWarning(text: string, mask?: Mask): void {
  core.warning(annotationMessageText(prepare(text, mask)));
}

/** `core.setFailed` with a message that may quote repository text (a path, a line). */
export function logFailed(text: string, mask?: Mask): void {
  core.setFailed(annotationMessageText(prepare(text, mask)));
}
