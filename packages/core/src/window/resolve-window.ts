import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { Alert } from '../schema/alert.js';
import type { TimeWindow } from '../spec/time-window.js';

/** How far around the alert to look. */
export interface WindowOptions {
  /** How far before `alert.startsAt` to look, in minutes. Default 240 (4 hours). */
  readonly beforeMinutes?: number;
  /** How far after `alert.startsAt` to look, in minutes. Default 15. */
  readonly afterMinutes?: number;
}

export const DEFAULT_WINDOW_BEFORE_MINUTES = 240;
export const DEFAULT_WINDOW_AFTER_MINUTES = 15;

/**
 * The time window for an alert: `[startsAt - before, startsAt + after]`. Deterministic (never reads the
 * clock), so replays of an old incident see the same window. Throws `InvalidInputError` on negative or
 * non-finite options.
 */
export function resolveWindow(alert: Pick<Alert, 'startsAt'>, options: WindowOptions = {}): TimeWindow {
  const before = options.beforeMinutes ?? DEFAULT_WINDOW_BEFORE_MINUTES;
  const after = options.afterMinutes ?? DEFAULT_WINDOW_AFTER_MINUTES;
  const issues = [
    ...(Number.isFinite(before) && before >= 0
      ? []
      : [{ path: 'window.beforeMinutes', message: `must be a non-negative number, got ${before}` }]),
    ...(Number.isFinite(after) && after >= 0
      ? []
      : [{ path: 'window.afterMinutes', message: `must be a non-negative number, got ${after}` }]),
  ];
  if (issues.length > 0) throw new InvalidInputError({ source: 'pipeline options', issues });
  const anchor = Date.parse(alert.startsAt);
  return { start: new Date(anchor - before * 60_000), end: new Date(anchor + after * 60_000) };
}

/** True when `time` (ms since epoch) lies inside the window, bounds included. */
export function isInWindow(window: TimeWindow, time: number): boolean {
  return time >= window.start.getTime() && time <= window.end.getTime();
}
