import type { IncidentTimeline, TimelineReadProblem } from './incident-timeline.js';
import { type TimelineEntry, timelineEntrySchema } from './timeline-entry.js';

const MAX_REASON_LENGTH = 300;

function describeIssues(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  const first = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(entry)'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : '';
  return `not a valid timeline entry: ${first.join('; ')}${more}`;
}

/**
 * Parses the JSON-lines text of a timeline file. Blank lines are ignored. Every other line that is not a
 * valid entry of this incident is skipped and reported with its line number: invalid JSON, a partial last
 * line (no line break: an interrupted write), a schema violation, another incident's entry, or a repeated
 * sequence number or id (the first occurrence wins). Never throws.
 */
export function parseTimelineText(text: string, file: string, incidentId: string): IncidentTimeline {
  const entries: TimelineEntry[] = [];
  const problems: TimelineReadProblem[] = [];
  const report = (line: number, reason: string) =>
    problems.push({ file, line, reason: reason.slice(0, MAX_REASON_LENGTH) });
  const sequences = new Set<number>();
  const ids = new Set<string>();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') return;
    const isLast = index === lines.length - 1;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      report(
        line,
        isLast
          ? `partial line (no line break at the end, probably an interrupted write): ${detail}`
          : `not valid JSON: ${detail}`,
      );
      return;
    }
    const parsed = timelineEntrySchema.safeParse(value);
    if (!parsed.success) {
      report(line, describeIssues(parsed.error));
      return;
    }
    const entry = parsed.data;
    if (entry.incidentId !== incidentId) {
      report(line, `belongs to incident "${entry.incidentId}", not "${incidentId}"`);
    } else if (sequences.has(entry.sequence)) {
      report(line, `repeats sequence ${entry.sequence}; the first entry with it was kept`);
    } else if (ids.has(entry.id)) {
      report(line, `repeats entry id ${entry.id}; the first entry with it was kept`);
    } else {
      sequences.add(entry.sequence);
      ids.add(entry.id);
      entries.push(entry);
    }
  });
  entries.sort((left, right) => left.sequence - right.sequence);
  return { incidentId, path: file, entries, problems };
}
