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

/** One claim of the LLM summary, with the evidence it rests on. */
export const summaryClaimSchema = z.object({
  text: z.string(),
  /** Evidence ids that resolve in `report.evidence` (finding ids the model cited are expanded to these). */
  evidenceIds: z.array(z.string()).min(1),
  /** The model's own wording, kept when causal language about a change was hedged in `text`. */
  originalText: z.string().optional(),
});
/** See {@link summaryClaimSchema}. */
export type SummaryClaim = z.infer<typeof summaryClaimSchema>;

/** The summary's answers to the four questions of the report, each a list of cited claims. */
export const summarySectionsSchema = z.object({
  affectedServices: z.array(summaryClaimSchema),
  sequenceOfEvents: z.array(summaryClaimSchema),
  errorPatterns: z.array(summaryClaimSchema),
  areasToInvestigate: z.array(summaryClaimSchema),
});
/** See {@link summarySectionsSchema}. */
export type SummarySections = z.infer<typeof summarySectionsSchema>;

/** Why claims were dropped. */
export const droppedClaimsByReasonSchema = z.object({
  /** The claim cited nothing. */
  uncited: z.number().int().nonnegative(),
  /** The claim cited an id that was not in the data the model was shown. */
  unknownEvidenceId: z.number().int().nonnegative(),
  /** The claim had no text. */
  emptyText: z.number().int().nonnegative(),
});

/**
 * The LLM-written summary; `null` when no provider is configured or no claim survived (see
 * `summaryStatus`). The optional fields are set by reports from `@triagekit/core` 0.2 on.
 */
export const llmSummarySchema = z.object({
  providerId: z.string(),
  modelId: z.string(),
  /** A short overview; a note in its place when the model's overview cited nothing that resolves. */
  text: z.string(),
  /** Every kept claim of every section, in section order. */
  claims: z.array(summaryClaimSchema),
  /** Claims dropped because their citations did not resolve or were missing. */
  droppedClaims: z.number().int().nonnegative(),
  /** Evidence ids the overview cites; empty when it was replaced by a note. */
  overviewEvidenceIds: z.array(z.string()).optional(),
  sections: summarySectionsSchema.optional(),
  droppedClaimsByReason: droppedClaimsByReasonSchema.optional(),
  /** Claims (and the overview) whose causal wording about a co-occurring change was hedged. */
  causalClaimsRewritten: z.number().int().nonnegative().optional(),
  /** Distinct identifiers (hosts, pods, namespaces, IPs, emails) masked in the prompt; 0 when masking is off. */
  maskedIdentifiers: z.number().int().nonnegative().optional(),
});
/** See {@link llmSummarySchema}. */
export type LlmSummary = z.infer<typeof llmSummarySchema>;

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
