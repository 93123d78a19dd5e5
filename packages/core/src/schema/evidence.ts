import { z } from 'zod';
import { severitySchema } from './severity.js';
import { timestampSchema } from './timestamp.js';

/** What an evidence item is. `change` covers deploys, rollouts, commits and infrastructure API calls. */
export const EVIDENCE_KINDS = ['log', 'event', 'change', 'metric', 'alert', 'note'] as const;
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

/** Attribute values are flat and JSON-safe so reports stay portable. */
export const attributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type AttributeValue = z.infer<typeof attributeValueSchema>;

export const evidenceLinkSchema = z.object({
  label: z.string().min(1).max(256),
  url: z.string().min(1).max(4096),
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

/** One observed fact, as gathered by a collector, redacted and size-capped by the pipeline. */
export const evidenceSchema = z.object({
  /** Stable id (`ev_` + hash of collector, kind, time, service and text); report items cite it. */
  id: z.string().min(1).max(128),
  kind: evidenceKindSchema,
  /** The collector that produced it. */
  collectorId: z.string().min(1).max(128),
  /** When it happened (UTC, ISO 8601). */
  time: timestampSchema,
  /** The service it belongs to, when known. */
  service: z.string().min(1).max(256).nullable(),
  severity: severitySchema,
  /** Human-readable content: a log line, an event message, a commit subject. Redacted. */
  text: z.string().max(1_048_576),
  attributes: z.record(z.string(), attributeValueSchema),
  links: z.array(evidenceLinkSchema),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * What a collector returns for one item. The pipeline fills in `id`, `collectorId` and defaults,
 * then validates, caps and redacts it.
 */
export const evidenceInputSchema = z.object({
  id: z.string().min(1).max(128).optional(),
  kind: evidenceKindSchema,
  time: z.union([timestampSchema, z.date()]),
  service: z.string().min(1).max(256).nullable().optional(),
  severity: severitySchema.optional(),
  text: z.string(),
  attributes: z.record(z.string(), attributeValueSchema).optional(),
  links: z.array(evidenceLinkSchema).optional(),
});
export type EvidenceInput = z.input<typeof evidenceInputSchema>;
