import { z } from 'zod';
import { alertSchema } from './alert.js';
import { evidenceSchema } from './evidence.js';
import {
  affectedServiceFindingSchema,
  changeFindingSchema,
  errorPatternFindingSchema,
  findingSchema,
  onsetFindingSchema,
  suggestionFindingSchema,
  timelineEntryFindingSchema,
} from './finding.js';
import { timestampSchema } from './timestamp.js';

/** Identifies the report format; bumped only on breaking changes. */
export const REPORT_SCHEMA_VERSION = 'triagekit.report/v1';

/** A source that failed, timed out, was cut short or otherwise gave less than it should. */
export const degradedSourceSchema = z.object({
  /** Collector, analyzer, retriever or sink id. */
  source: z.string(),
  stage: z.enum(['collect', 'analyze', 'retrieve', 'summarize', 'deliver']),
  /** `failed`: nothing usable came back; `partial`: some data, with warnings. */
  status: z.enum(['failed', 'timed-out', 'aborted', 'partial']),
  /** What happened and what to do, for humans. */
  message: z.string(),
  /** Error name when an error was thrown, e.g. `TriageTimeoutError`. */
  errorName: z.string().nullable(),
  durationMs: z.number().nonnegative(),
});
export type DegradedSource = z.infer<typeof degradedSourceSchema>;

/** A runbook or past post-mortem that matched the incident. */
export const runbookMatchSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  /** Comparable across queries, in [0, 1]. */
  relevance: z.number().min(0).max(1),
  /** Store-specific raw score. */
  score: z.number(),
  /** Why it matched, for humans. */
  why: z.string(),
  excerpt: z.string(),
  url: z.string().nullable(),
});
export type RunbookMatch = z.infer<typeof runbookMatchSchema>;

export const retrievalResultSchema = z.object({
  /** False when nothing in the knowledge base fits: the report then says "no runbook found". */
  confident: z.boolean(),
  query: z.string(),
  matches: z.array(runbookMatchSchema),
});

const budgetLineSchema = z.object({
  used: z.number().nonnegative(),
  limit: z.number().nonnegative().nullable(),
});

export const budgetUsageSchema = z.object({
  wallTimeMs: budgetLineSchema,
  promptTokens: budgetLineSchema,
  outputTokens: budgetLineSchema,
  costUsd: budgetLineSchema,
  llmCalls: z.number().int().nonnegative(),
});
export type BudgetUsage = z.infer<typeof budgetUsageSchema>;

export const redactionSummarySchema = z.object({
  /** Total replacements across evidence and alert. */
  total: z.number().int().nonnegative(),
  /** Replacements per rule id. */
  byRule: z.record(z.string(), z.number().int().nonnegative()),
  /** Evidence items with at least one replacement. */
  evidenceItemsRedacted: z.number().int().nonnegative(),
});
export type RedactionSummary = z.infer<typeof redactionSummarySchema>;

export const collectionStatsSchema = z.object({
  /** Items returned by collectors, before caps. */
  collected: z.number().int().nonnegative(),
  /** Items that entered analysis. */
  analyzed: z.number().int().nonnegative(),
  /** Items dropped: outside the window, over caps, or invalid. */
  dropped: z.object({
    outsideWindow: z.number().int().nonnegative(),
    overCap: z.number().int().nonnegative(),
    invalid: z.number().int().nonnegative(),
  }),
  /** Texts shortened to the per-item cap. */
  truncatedTexts: z.number().int().nonnegative(),
  byCollector: z.record(z.string(), z.number().int().nonnegative()),
});

export const provenanceSchema = z.object({
  /** `@triagekit/*` package versions that built the report. */
  packages: z.record(z.string(), z.string()),
  /** sha256 over the pipeline's configuration (plugin ids, window, limits, rules); equal configs, equal hash. */
  configHash: z.string(),
  collectors: z.array(z.string()),
  analyzers: z.array(z.string()),
  window: z.object({ start: timestampSchema, end: timestampSchema }),
});

/** The LLM-written summary; `null` when no provider is configured or the call could not be made. */
export const llmSummarySchema = z.object({
  providerId: z.string(),
  modelId: z.string(),
  text: z.string(),
  claims: z.array(z.object({ text: z.string(), evidenceIds: z.array(z.string()).min(1) })),
  droppedClaims: z.number().int().nonnegative(),
});

/**
 * The triage report: the four answers on-call engineers ask for first (affected services, sequence of
 * events, error patterns, where to look), the changes near the onset, runbooks, and everything needed to
 * trust it: every cited evidence item, what degraded, budgets, redaction and provenance.
 */
export const triageReportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  id: z.string(),
  generatedAt: timestampSchema,
  alert: alertSchema,
  window: z.object({ start: timestampSchema, end: timestampSchema }),
  onset: onsetFindingSchema.nullable(),
  /** Ranked, most affected first. */
  affectedServices: z.array(affectedServiceFindingSchema),
  /** One merged timeline, oldest first. */
  timeline: z.array(timelineEntryFindingSchema),
  /** Most severe and most frequent first. */
  errorPatterns: z.array(errorPatternFindingSchema),
  /** Changes ranked by how likely they are to matter; all co-occurring, none proven causal. */
  changes: z.array(changeFindingSchema),
  /** Where to look next, most important first. */
  suggestions: z.array(suggestionFindingSchema),
  /** Findings of other types, e.g. from custom analyzers. */
  otherFindings: z.array(findingSchema),
  runbooks: retrievalResultSchema.nullable(),
  summary: llmSummarySchema.nullable(),
  /** Why there is no summary, when there is none. */
  summaryStatus: z.string(),
  /** Every evidence item cited anywhere in this report, by id. */
  evidence: z.array(evidenceSchema),
  degradedSources: z.array(degradedSourceSchema),
  budget: budgetUsageSchema,
  redaction: redactionSummarySchema,
  stats: collectionStatsSchema,
  provenance: provenanceSchema,
});

/** See {@link triageReportSchema}. */
export type TriageReport = z.infer<typeof triageReportSchema>;
