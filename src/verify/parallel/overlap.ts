import type { ProbeTask } from './types.js';

/** A task's run as milliseconds since the epoch; `end` is Infinity while it is still running. */
export interface TaskInterval {
  start: number;
  end: number;
}

/** The intervals of the tasks that started; a task without an end is counted as still running. */
export function taskIntervals(tasks: readonly ProbeTask[]): TaskInterval[] {
  const intervals: TaskInterval[] = [];
  for (const task of tasks) {
    const start = parseTime(task.start);
    if (start === undefined) continue;
    intervals.push({ start, end: parseTime(task.end) ?? Number.POSITIVE_INFINITY });
  }
  return intervals;
}

/**
 * The most intervals that were open at one moment (a sweep over starts and ends). A task that ends
 * at the very instant another starts does not overlap it: ends are counted before starts.
 */
export function maxConcurrency(intervals: readonly TaskInterval[]): number {
  const events = intervals.flatMap((i) => [
    { at: i.start, delta: 1 },
    { at: i.end, delta: -1 },
  ]);
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let open = 0;
  let most = 0;
  for (const event of events) {
    open += event.delta;
    most = Math.max(most, open);
  }
  return most;
}

function parseTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Seconds from the first task's start, for showing each task's times relative to the run. */
export function secondsFromFirstStart(tasks: readonly ProbeTask[]): (time: string | undefined) => number | undefined {
  const origin = Math.min(...taskIntervals(tasks).map((i) => i.start));
  return (time) => {
    const at = parseTime(time);
    return at === undefined || !Number.isFinite(origin) ? undefined : (at - origin) / 1000;
  };
}
