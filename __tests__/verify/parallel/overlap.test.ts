import { describe, expect, it } from 'vitest';
import { maxConcurrency, taskIntervals } from '../../../src/verify/parallel/overlap.js';
import type { ProbeTask } from '../../../src/verify/parallel/types.js';

const at = (second: number): string => new Date(Date.UTC(2026, 0, 1, 12, 0, second)).toISOString();
const task = (taskId: string, start?: number, end?: number): ProbeTask => ({
  taskId,
  state: end === undefined ? 'running' : 'success',
  start: start === undefined ? undefined : at(start),
  end: end === undefined ? undefined : at(end),
});

describe('maxConcurrency of probe task runs', () => {
  it('counts four tasks that ran together as four', () => {
    expect(maxConcurrency(taskIntervals([task('a', 0, 5), task('b', 1, 6), task('c', 1, 5), task('d', 2, 7)]))).toBe(4);
  });

  it('counts tasks that ran one after another as one, also when one starts the instant the other ends', () => {
    expect(maxConcurrency(taskIntervals([task('a', 0, 4), task('b', 4, 8), task('c', 9, 12)]))).toBe(1);
  });

  it('counts the widest moment, not the number of tasks that overlap someone', () => {
    // a overlaps b and c, but b and c never run together.
    expect(maxConcurrency(taskIntervals([task('a', 0, 10), task('b', 1, 3), task('c', 5, 7)]))).toBe(2);
  });

  it('treats a task without an end as still running, and skips tasks that never started', () => {
    expect(maxConcurrency(taskIntervals([task('a', 0), task('b', 8, 9), task('c')]))).toBe(2);
  });

  it('is zero when nothing started', () => {
    expect(maxConcurrency(taskIntervals([task('a'), task('b')]))).toBe(0);
  });
});
