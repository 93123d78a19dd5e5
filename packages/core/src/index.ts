export {
  createAffectedServicesAnalyzer,
  SERVICE_LABELS,
  serviceFromAlertLabels,
} from './analysis/affected-services-analyzer.js';
export { ALERT_EVIDENCE_COLLECTOR_ID } from './analysis/alert-evidence.js';
export { createChangeCorrelationAnalyzer } from './analysis/change-correlation-analyzer.js';
export { createDefaultAnalyzers } from './analysis/default-analyzers.js';
export { createErrorGroupingAnalyzer, maskVariables } from './analysis/error-grouping-analyzer.js';
export { createOnsetAnalyzer } from './analysis/onset-analyzer.js';
export { createSuggestionsAnalyzer } from './analysis/suggestions-analyzer.js';
export { createTimelineAnalyzer } from './analysis/timeline-analyzer.js';
export { createBundleCollectors } from './bundle/create-bundle-collectors.js';
export {
  BUNDLE_EVIDENCE_FILE,
  BUNDLE_FORMAT,
  BUNDLE_MANIFEST_FILE,
  type BundleCollectorEntry,
  type BundleManifest,
  type BundleManifestInput,
  bundleManifestSchema,
  type IncidentBundle,
} from './bundle/incident-bundle.js';
export { type ReadIncidentBundleResult, readIncidentBundle } from './bundle/read-incident-bundle.js';
export { writeIncidentBundle } from './bundle/write-incident-bundle.js';
export { AbortedError } from './errors/aborted-error.js';
export { ApiCallError } from './errors/api-call-error.js';
export { BudgetExceededError, type BudgetKind } from './errors/budget-exceeded-error.js';
export { CollectorError } from './errors/collector-error.js';
export { type InputIssue, InvalidInputError } from './errors/invalid-input-error.js';
export { LlmOutputParseError } from './errors/llm-output-parse-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { TriageError } from './errors/triage-error.js';
export { UnsupportedSpecificationVersionError } from './errors/unsupported-specification-version-error.js';
export {
  createTriagePipeline,
  type TriagePipeline,
  type TriageRunResult,
} from './pipeline/create-triage-pipeline.js';
export type { SinkDelivery, SinkRetryOptions } from './pipeline/deliver-to-sinks.js';
export { DEFAULT_EVIDENCE_LIMITS, type EvidenceLimits } from './pipeline/evidence-limits.js';
export type {
  TriageLifecycleEvent,
  TriageLifecycleListener,
  TriageStage,
} from './pipeline/lifecycle-event.js';
export { buildRetrievalQuery, type KnowledgeBaseOptions } from './pipeline/retrieve-runbooks.js';
export type { TriageBudget, TriagePipelineOptions } from './pipeline/triage-pipeline-options.js';
export {
  createRedactor,
  type RedactionOutcome,
  type Redactor,
  type RedactorOptions,
} from './redaction/create-redactor.js';
export { DEFAULT_REDACTION_RULES } from './redaction/default-redaction-rules.js';
export { mergeCounts, redactStringRecord } from './redaction/redact-record.js';
export type { RedactionRule } from './redaction/redaction-rule.js';
export {
  createFileReportSink,
  type FileReportSinkOptions,
  type ReportFileFormat,
} from './report/file-report-sink.js';
export { renderReportHtml } from './report/html/render-report-html.js';
export { renderReportMarkdown } from './report/render-report-markdown.js';
export { type Alert, type AlertInput, alertInputSchema, alertSchema } from './schema/alert.js';
export { createEvidenceId } from './schema/create-evidence-id.js';
export {
  type AttributeValue,
  EVIDENCE_KINDS,
  type Evidence,
  type EvidenceInput,
  type EvidenceKind,
  type EvidenceLink,
  evidenceInputSchema,
  evidenceSchema,
} from './schema/evidence.js';
export {
  type AffectedServiceFinding,
  type ChangeFinding,
  CO_OCCURRING_LABEL,
  type ErrorPatternFinding,
  type Finding,
  type FindingInput,
  type FindingType,
  findingSchema,
  type ObservationFinding,
  type OnsetFinding,
  type PromptInjectionFinding,
  type SuggestionFinding,
  type TimelineEntryFinding,
} from './schema/finding.js';
export { normalizeAlert } from './schema/normalize-alert.js';
export { normalizeEvidence } from './schema/normalize-evidence.js';
export { type ReadJsonBodyOptions, type RequestBody, readJsonBody } from './schema/read-json-body.js';
export { getTriageReportJsonSchema } from './schema/report-json-schema.js';
export { normalizeSeverity, SEVERITIES, type Severity, severityRank } from './schema/severity.js';
export { timestampSchema, toUtcTimestamp } from './schema/timestamp.js';
export {
  type BudgetUsage,
  type DegradedSource,
  type LlmSummary,
  llmSummarySchema,
  REPORT_SCHEMA_VERSION,
  type RedactionSummary,
  type RunbookMatch,
  type SummaryClaim,
  type SummarySections,
  type TriageReport,
  triageReportSchema,
} from './schema/triage-report.js';
export { parseOrThrow } from './schema/validate.js';
export type { AnalyzerV1, AnalyzerV1AnalyzeOptions, AnalyzerV1Result } from './spec/analyzer-v1.js';
export { assertSpecificationVersion } from './spec/assert-specification-version.js';
export type { CollectorV1, CollectorV1CollectOptions, CollectorV1Result } from './spec/collector-v1.js';
export { defineCollector } from './spec/define-collector.js';
export type {
  EmbeddingModelV1,
  EmbeddingModelV1EmbedOptions,
  EmbeddingModelV1EmbedResult,
} from './spec/embedding-model-v1.js';
export type {
  LlmMessageV1,
  LlmPricingV1,
  LlmProviderV1,
  LlmProviderV1GenerateOptions,
  LlmProviderV1GenerateResult,
  LlmUsageV1,
} from './spec/llm-provider-v1.js';
export type { SinkV1, SinkV1ExportResult } from './spec/sink-v1.js';
export type { TimeWindow } from './spec/time-window.js';
export type {
  DocumentMetadataValue,
  MetadataFilterV1,
  StoredDocumentV1,
  VectorStoreV1,
  VectorStoreV1Match,
  VectorStoreV1QueryOptions,
  VectorStoreV1QueryResult,
} from './spec/vector-store-v1.js';
export {
  buildSummaryPrompt,
  type SummaryPrompt,
  type SummaryPromptOptions,
} from './summary/build-summary-prompt.js';
export { type HedgedText, hedgeCausalLanguage } from './summary/causal-language.js';
export { detectPromptInjection, PROMPT_INJECTION_ANALYZER_ID } from './summary/detect-prompt-injection.js';
export { estimateTokens, type TokenCounter } from './summary/estimate-tokens.js';
export {
  countPromptTokens,
  type FittedSummaryPrompt,
  fitSummaryPrompt,
} from './summary/fit-summary-prompt.js';
export {
  createIdentifierMasker,
  type IdentifierKind,
  type IdentifierMasker,
  type KnownIdentifier,
} from './summary/identifier-masker.js';
export {
  createPromptInjectionMatcher,
  matchPromptInjection,
  type PromptInjectionMatch,
  type PromptInjectionMatcher,
} from './summary/match-prompt-injection.js';
export { parseSummaryAnswer } from './summary/parse-summary-answer.js';
export { PROMPT_INJECTION_RULES, type PromptInjectionRule } from './summary/prompt-injection-rules.js';
export {
  SUMMARY_ANSWER_JSON_SCHEMA,
  type SummaryAnswer,
  type SummaryAnswerClaim,
  summaryAnswerSchema,
} from './summary/summary-answer-schema.js';
export { SUMMARY_CONTEXT_LEVELS, type SummaryContextLimits } from './summary/summary-context-limits.js';
export { SUMMARY_DEFAULTS, type SummaryOptions } from './summary/summary-options.js';
export { CORE_VERSION } from './version.js';
export { isInWindow, resolveWindow, type WindowOptions } from './window/resolve-window.js';
