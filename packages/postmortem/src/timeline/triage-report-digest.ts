import { CO_OCCURRING_LABEL, timestampSchema } from '@triagekit/core';
import { z } from 'zod';

const evidenceIdsSchema = z.array(z.string().min(1).max(128)).max(200);
const shortText = z.string().max(4096);

/** An evidence item a recorded report cites, shortened: enough to show and to resolve citations. */
export const recordedEvidenceSchema = z.object({
  id: z.string().min(1).max(128),
  kind: z.string().min(1).max(64),
  time: timestampSchema,
  service: z.string().max(256).nullable(),
  /** The evidence text, cut to 500 characters (already redacted by the pipeline). */
  text: z.string().max(1024),
});
/** See {@link recordedEvidenceSchema}. */
export type RecordedEvidence = z.infer<typeof recordedEvidenceSchema>;

/** A finding of the report worth keeping in the timeline: what it says and which evidence it rests on. */
export const keyFindingSchema = z.object({
  findingId: z.string().min(1).max(128),
  /** The finding type: `affected-service`, `error-pattern`, `onset`, `observation`, ... */
  type: z.string().min(1).max(64),
  title: shortText,
  evidenceIds: evidenceIdsSchema,
  /** When it happened or began, when the finding has a time. */
  time: timestampSchema.nullable(),
  service: z.string().max(256).nullable(),
});
/** See {@link keyFindingSchema}. */
export type KeyFinding = z.infer<typeof keyFindingSchema>;

/** A change near the onset, as ranked by the report. Always co-occurring, never proven causal. */
export const recordedChangeSchema = z.object({
  findingId: z.string().min(1).max(128),
  title: shortText,
  time: timestampSchema,
  service: z.string().max(256).nullable(),
  minutesBeforeOnset: z.number(),
  touchesAffectedService: z.boolean(),
  causality: z.literal(CO_OCCURRING_LABEL),
  evidenceIds: evidenceIdsSchema,
});
/** See {@link recordedChangeSchema}. */
export type RecordedChange = z.infer<typeof recordedChangeSchema>;

/** A suggestion of the report: a place to look, text only. */
export const recordedSuggestionSchema = z.object({
  findingId: z.string().min(1).max(128),
  title: shortText,
  detail: shortText,
  priority: z.number().int().positive(),
  evidenceIds: evidenceIdsSchema,
});
/** See {@link recordedSuggestionSchema}. */
export type RecordedSuggestion = z.infer<typeof recordedSuggestionSchema>;

/**
 * What a `triage-report` timeline entry keeps of a `TriageReport`: its id and file, the key findings with
 * their evidence ids, the ranked changes, suggestions, runbook matches, degraded sources and the cited
 * evidence (shortened), so a post-mortem can be drafted and checked from the timeline alone.
 */
export const triageReportDigestSchema = z.object({
  reportId: z.string().min(1).max(256),
  /** Where `report.json` was written, when known. */
  reportPath: z.string().max(4096).nullable(),
  alertId: z.string().min(1).max(512),
  alertTitle: z.string().min(1).max(1024),
  generatedAt: timestampSchema,
  onset: z
    .object({ time: timestampSchema, basis: z.string().max(64), evidenceIds: evidenceIdsSchema })
    .nullable(),
  /** Most affected first. */
  affectedServices: z.array(keyFindingSchema).max(50),
  /** Error patterns, then other findings, most important first. */
  keyFindings: z.array(keyFindingSchema).max(100),
  /** Ranked as in the report. */
  changes: z.array(recordedChangeSchema).max(50),
  suggestions: z.array(recordedSuggestionSchema).max(50),
  /** `null` when no knowledge base was configured for the run. */
  runbooks: z
    .object({
      confident: z.boolean(),
      matches: z
        .array(
          z.object({
            id: z.string().max(512),
            title: z.string().max(1024),
            kind: z.string().max(64),
            relevance: z.number().min(0).max(1),
            url: z.string().max(4096).nullable(),
          }),
        )
        .max(20),
    })
    .nullable(),
  degradedSources: z
    .array(
      z.object({
        source: z.string().max(256),
        stage: z.string().max(64),
        status: z.string().max(64),
        message: shortText,
      }),
    )
    .max(100),
  /** The model's overview, when the run had an LLM summary. */
  summaryText: shortText.nullable(),
  evidence: z.array(recordedEvidenceSchema).max(500),
});

/** See {@link triageReportDigestSchema}. */
export type TriageReportDigest = z.infer<typeof triageReportDigestSchema>;
