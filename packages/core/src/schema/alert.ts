import { z } from 'zod';
import { type Severity, severitySchema } from './severity.js';
import { timestampSchema } from './timestamp.js';

const stringMapSchema = z.record(z.string(), z.string());

/** A normalised alert, whatever system raised it. Produced by {@link normalizeAlert}. */
export const alertSchema = z.object({
  /** Stable id of this alert; defaults to `fingerprint`. */
  id: z.string().min(1).max(512),
  /** One-line human title, e.g. `PaymentsLatencyHigh: p99 > 2s`. */
  title: z.string().min(1).max(1024),
  severity: severitySchema,
  /** The system that raised it: `alertmanager`, `pagerduty`, `manual`, ... */
  source: z.string().min(1).max(128),
  labels: stringMapSchema,
  annotations: stringMapSchema,
  /** When the alert started firing (UTC, ISO 8601). */
  startsAt: timestampSchema,
  /** When it resolved, if it has. */
  endsAt: timestampSchema.optional(),
  /** Deterministic hash of source, title and identifying labels; equal alerts share it. */
  fingerprint: z.string().min(1).max(256),
  /** Link back to the alert in its source system. */
  url: z.url().optional(),
});

/** A normalised alert. */
export type Alert = z.infer<typeof alertSchema>;

/**
 * What callers pass in: an alert where everything that can be derived is optional.
 * `severity` accepts common spellings (`P1`, `high`, `warn`), `startsAt` any ISO 8601 date-time.
 */
export const alertInputSchema = z.object({
  id: z.string().min(1).max(512).optional(),
  title: z.string().trim().min(1, 'must not be empty').max(1024),
  severity: z.union([severitySchema, z.string()]).optional(),
  source: z.string().min(1).max(128).optional(),
  labels: stringMapSchema.optional(),
  annotations: stringMapSchema.optional(),
  startsAt: timestampSchema,
  endsAt: timestampSchema.optional(),
  fingerprint: z.string().min(1).max(256).optional(),
  url: z.url().optional(),
});

/** Input accepted by {@link normalizeAlert} and `pipeline.run`. */
export type AlertInput = z.input<typeof alertInputSchema>;

export type { Severity };
