import { parseOrThrow, toUtcTimestamp } from '@triagekit/core';
import { hashText } from './hash-text.js';
import {
  type TimelineEntry,
  type TimelineEntryInput,
  timelineEntryInputSchema,
  timelineEntrySchema,
} from './timeline-entry.js';

/** A validated entry input whose `time` is settled but that has no place in a timeline yet. */
export type PreparedTimelineEntry = TimelineEntry extends infer Entry
  ? Entry extends TimelineEntry
    ? Omit<Entry, 'id' | 'sequence' | 'incidentId' | 'recordedAt'>
    : never
  : never;

/**
 * Validates an entry input and fills in its defaults: `time` is the alert's start for `alert` entries, the
 * report's generation time for `triage-report` entries and `now` otherwise.
 * @throws InvalidInputError naming each offending field.
 */
export function prepareTimelineEntry(input: TimelineEntryInput, now: Date): PreparedTimelineEntry {
  const parsed = parseOrThrow(timelineEntryInputSchema, input, 'timeline entry', {
    hint: 'Each entry needs a kind (alert, triage-report, decision, action, note, status-change, resolution) and its fields.',
  });
  const fallback =
    parsed.kind === 'alert'
      ? parsed.alert.startsAt
      : parsed.kind === 'triage-report'
        ? parsed.report.generatedAt
        : now;
  const time = toUtcTimestamp(parsed.time ?? fallback);
  const author = parsed.author ?? null;
  switch (parsed.kind) {
    case 'action':
      return { ...parsed, time, author, followUp: parsed.followUp ?? false };
    case 'status-change':
      return { ...parsed, time, author, note: parsed.note ?? null };
    default:
      return { ...parsed, time, author };
  }
}

/**
 * Places a prepared entry in an incident's timeline. The id is `te_` + the first 16 hex characters of a
 * SHA-256 over incident, sequence and content, so it never changes once written and is unique per incident.
 */
export function placeTimelineEntry(
  prepared: PreparedTimelineEntry,
  placement: { incidentId: string; sequence: number; recordedAt: Date },
): TimelineEntry {
  const digest = hashText(
    [placement.incidentId, String(placement.sequence), JSON.stringify(prepared)].join('\n'),
  );
  // Parsed once more so that what is written is exactly what readers will accept.
  return timelineEntrySchema.parse({
    id: `te_${digest.slice(0, 16)}`,
    sequence: placement.sequence,
    incidentId: placement.incidentId,
    recordedAt: placement.recordedAt.toISOString(),
    ...prepared,
  });
}
