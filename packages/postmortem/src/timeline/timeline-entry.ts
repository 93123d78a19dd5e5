import { alertSchema, timestampSchema } from '@triagekit/core';
import { z } from 'zod';
import { incidentIdSchema } from './incident-id.js';
import { triageReportDigestSchema } from './triage-report-digest.js';

/** The kinds of timeline entry, in no particular order. */
export const TIMELINE_ENTRY_KINDS = [
  'alert',
  'triage-report',
  'decision',
  'action',
  'note',
  'status-change',
  'resolution',
] as const;
/** One of {@link TIMELINE_ENTRY_KINDS}. */
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number];

/** The states an incident moves through; `status-change` entries record the moves. */
export const INCIDENT_STATUSES = ['triggered', 'acknowledged', 'mitigated', 'resolved'] as const;
/** One of {@link INCIDENT_STATUSES}. */
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Free text written by a person: trimmed, 1 to 20,000 characters. */
export const entryTextSchema = z.string().trim().min(1, 'must not be empty').max(20_000);
/** Who recorded or did it: a name, a handle or an email; `null` when unknown. */
export const authorSchema = z.string().trim().min(1).max(256).nullable();

/** Fields every stored entry has. */
const storedFields = {
  /** `te_` + 16 hex characters; stable: derived from the incident, sequence and content. */
  id: z.string().regex(/^te_[0-9a-f]{16}$/, 'expected te_ followed by 16 hex characters'),
  /** 1 for the first entry of an incident, then one more for each entry appended. */
  sequence: z.number().int().positive(),
  incidentId: incidentIdSchema,
  /** When it happened (UTC, ISO 8601). */
  time: timestampSchema,
  /** When it was appended to the timeline (UTC, ISO 8601). */
  recordedAt: timestampSchema,
  author: authorSchema,
};

const kindFields = {
  alert: { kind: z.literal('alert'), alert: alertSchema },
  report: { kind: z.literal('triage-report'), report: triageReportDigestSchema },
  decision: { kind: z.literal('decision'), text: entryTextSchema },
  action: {
    kind: z.literal('action'),
    text: entryTextSchema,
    /** True for work still to do after the incident (it becomes a proposed action item). */
    followUp: z.boolean(),
  },
  note: { kind: z.literal('note'), text: entryTextSchema },
  status: {
    kind: z.literal('status-change'),
    status: z.enum(INCIDENT_STATUSES),
    note: entryTextSchema.nullable(),
  },
  resolution: { kind: z.literal('resolution'), summary: entryTextSchema },
};

/** One line of an incident's timeline file, validated. */
export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({ ...storedFields, ...kindFields.alert }),
  z.object({ ...storedFields, ...kindFields.report }),
  z.object({ ...storedFields, ...kindFields.decision }),
  z.object({ ...storedFields, ...kindFields.action }),
  z.object({ ...storedFields, ...kindFields.note }),
  z.object({ ...storedFields, ...kindFields.status }),
  z.object({ ...storedFields, ...kindFields.resolution }),
]);

/** A validated timeline entry; narrow on `kind`. */
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
/** The timeline entry of one kind, e.g. `TimelineEntryOf<'resolution'>`. */
export type TimelineEntryOf<K extends TimelineEntryKind> = Extract<TimelineEntry, { kind: K }>;

/** When it happened: an ISO 8601 date-time with offset, or a `Date`. Defaults to now. */
const inputTime = z.union([timestampSchema, z.date()]).optional();
const inputAuthor = authorSchema.optional();

/**
 * What callers append: an entry without `id`, `sequence`, `incidentId` and `recordedAt` (the store assigns
 * them); `time` defaults to now, `author` to `null`, `followUp` to `false`, a status `note` to `null`.
 */
export const timelineEntryInputSchema = z.discriminatedUnion('kind', [
  z.object({ time: inputTime, author: inputAuthor, ...kindFields.alert }),
  z.object({ time: inputTime, author: inputAuthor, ...kindFields.report }),
  z.object({ time: inputTime, author: inputAuthor, ...kindFields.decision }),
  z.object({ time: inputTime, author: inputAuthor, ...kindFields.action, followUp: z.boolean().optional() }),
  z.object({ time: inputTime, author: inputAuthor, ...kindFields.note }),
  z.object({ time: inputTime, author: inputAuthor, ...kindFields.status, note: entryTextSchema.nullish() }),
  z.object({ time: inputTime, author: inputAuthor, ...kindFields.resolution }),
]);

/** See {@link timelineEntryInputSchema}. */
export type TimelineEntryInput = z.input<typeof timelineEntryInputSchema>;
