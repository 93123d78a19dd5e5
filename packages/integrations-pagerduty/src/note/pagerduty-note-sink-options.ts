import type { TriageReport } from '@triagekit/core';

/** PagerDuty's REST API (US service region). EU accounts use `https://api.eu.pagerduty.com`. */
export const DEFAULT_PAGERDUTY_API_URL = 'https://api.pagerduty.com';

/** Default per-request timeout of the note sink: 10 s. */
export const DEFAULT_PAGERDUTY_TIMEOUT_MS = 10_000;

/** Default cap of a note's length: 4,000 characters (see the README's "Note length"). */
export const DEFAULT_MAX_NOTE_LENGTH = 4_000;

/** Bounds of `maxNoteLength`: room for the header and the link, and no wall of text. */
export const NOTE_LENGTH_BOUNDS = { min: 500, max: 25_000 } as const;

/** Default number of items per section of a note. */
export const DEFAULT_NOTE_ITEMS = 3;

/** A link to the full report: fixed, or worked out per report (`undefined`: no link). */
export type ReportUrlOption = string | ((report: TriageReport) => string | undefined);

/** Options of `createPagerDutyNoteSink`. */
export interface PagerDutyNoteSinkOptions {
  /** A REST API key (Integrations → API Access Keys; not read-only) or a user token. Sent as `Token token=...`. */
  readonly apiToken: string;
  /** Email of a PagerDuty user of the account, sent as `From` (required by the API); the note is theirs. */
  readonly fromEmail: string;
  /** The incident to note, always the same (tests, one-off runs). Give this or `incidentIdFromReport`. */
  readonly incidentId?: string;
  /**
   * The incident to note for a report; `undefined` skips it with a non-retryable failure. Default
   * `incidentIdFromReport` (the incident the report's alert came from, when PagerDuty raised it).
   */
  readonly incidentIdFromReport?: (report: TriageReport) => string | undefined;
  /** Link to the full report, written at the end of the note. Default none. */
  readonly reportUrl?: ReportUrlOption;
  /** Root of the REST API. Default {@link DEFAULT_PAGERDUTY_API_URL}. */
  readonly baseUrl?: string;
  /** Per request, headers and body, in milliseconds. Default {@link DEFAULT_PAGERDUTY_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** Longest note, in characters (500 to 25,000). Default {@link DEFAULT_MAX_NOTE_LENGTH}. */
  readonly maxNoteLength?: number;
  /** Items per section (services, changes, patterns, runbooks), 1 to 20. Default {@link DEFAULT_NOTE_ITEMS}. */
  readonly maxItems?: number;
  /** Stable id of the sink. Default `'pagerduty-note'`. */
  readonly sinkId?: string;
  /** A proxy-aware `fetch`, or a test double. Default the global `fetch`. */
  readonly fetch?: typeof fetch;
}
