import type { TimelineEntry } from './timeline-entry.js';

/** A line of a timeline file that could not be used, and why. It was skipped, never silently. */
export interface TimelineReadProblem {
  /** The timeline file. */
  readonly file: string;
  /** 1-based line number. */
  readonly line: number;
  /** What is wrong, e.g. `not valid JSON: Unexpected end of JSON input`. */
  readonly reason: string;
}

/** The recorded timeline of one incident, as read: valid entries in sequence order, and skipped lines. */
export interface IncidentTimeline {
  readonly incidentId: string;
  /** The file it was read from; `null` for a timeline built in memory. */
  readonly path: string | null;
  /** Ascending `sequence`. */
  readonly entries: readonly TimelineEntry[];
  /** Corrupt, partial or foreign lines that were skipped, in file order. */
  readonly problems: readonly TimelineReadProblem[];
}

/** `file:line: reason`, the way compilers print locations, for logs and CLI output. */
export function formatTimelineProblem(problem: TimelineReadProblem): string {
  return `${problem.file}:${problem.line}: ${problem.reason}`;
}
