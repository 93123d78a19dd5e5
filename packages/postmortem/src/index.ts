export { type DraftPostmortemOptions, draftPostmortem } from './draft/draft-postmortem.js';
export {
  DEFAULT_LLM_SECTIONS,
  LLM_SECTION_NAMES,
  type LlmSectionName,
} from './draft/llm/llm-section-names.js';
export {
  POSTMORTEM_SECTION_NAMES,
  POSTMORTEM_SECTION_TITLES,
  type PostmortemDraft,
  type PostmortemLlmUsage,
  type PostmortemSection,
  type PostmortemSectionName,
  type PostmortemStatement,
  type PostmortemStatementKind,
} from './draft/postmortem-draft.js';
export {
  DEFAULT_RETROSPECTIVE_TARGETS,
  type RetrospectiveTargets,
} from './draft/sections/retrospective-targets.js';
export { DEFAULT_POSTMORTEM_TEMPLATE } from './draft/template/default-postmortem-template.js';
export {
  POSTMORTEM_TEMPLATE_FIELDS,
  type PostmortemTemplateField,
  type PostmortemTemplatePart,
  parsePostmortemTemplate,
} from './draft/template/parse-postmortem-template.js';
export { renderPostmortemMarkdown, renderStatement } from './draft/template/render-postmortem-markdown.js';
export {
  type PostmortemCitationProblem,
  type PostmortemCitationReport,
  verifyPostmortemCitations,
} from './draft/verify-postmortem-citations.js';
export {
  type ComputeResponseMetricsOptions,
  computeResponseMetrics,
} from './metrics/compute-response-metrics.js';
export {
  INCIDENT_EXPORT_FORMATS,
  type IncidentExportFormat,
  type IncidentRecord,
  type ParsedIncidentExport,
} from './metrics/incident-record.js';
export { mergeReopenedIncidents } from './metrics/parse/merge-reopened-incidents.js';
export { parseExportTimestamp, type TimestampParse } from './metrics/parse/parse-export-timestamp.js';
export { GENERIC_CSV_COLUMNS } from './metrics/parse/parse-generic-csv.js';
export {
  detectIncidentExportFormat,
  type ParseIncidentExportOptions,
  parseIncidentExport,
} from './metrics/parse/parse-incident-export.js';
export { PAGERDUTY_CSV_COLUMNS } from './metrics/parse/parse-pagerduty-csv.js';
export { formatMetricsTable } from './metrics/render/format-metrics-table.js';
export { renderMetricsChartSvg } from './metrics/render/render-metrics-chart-svg.js';
export { renderMetricsHtml } from './metrics/render/render-metrics-html.js';
export type {
  GroupMetrics,
  MetricComparison,
  PeriodMetrics,
  ResponseMetrics,
} from './metrics/response-metrics.js';
export { type MannWhitneyResult, mannWhitneyUTest } from './metrics/statistics/mann-whitney-u-test.js';
export { type DurationSummary, summarizeDurations } from './metrics/statistics/summarize-durations.js';
export { type IndexPostmortemOptions, indexPostmortem } from './retrieval/index-postmortem.js';
export {
  type PostmortemDocumentOptions,
  postmortemDocumentId,
  postmortemToDocuments,
} from './retrieval/postmortem-to-documents.js';
export type { ReleaseTimelineLock, TimelineLockOptions } from './timeline/acquire-timeline-lock.js';
export type { PreparedTimelineEntry } from './timeline/build-timeline-entry.js';
export {
  assertIncidentId,
  INCIDENT_ID_PATTERN,
  incidentIdForAlert,
  incidentIdSchema,
} from './timeline/incident-id.js';
export {
  formatTimelineProblem,
  type IncidentTimeline,
  type TimelineReadProblem,
} from './timeline/incident-timeline.js';
export {
  type AppendTimelineEntriesOptions,
  DEFAULT_TIMELINE_DIRECTORY,
  type IncidentTimelineStore,
  type OpenIncidentTimelineOptions,
  openIncidentTimeline,
} from './timeline/open-incident-timeline.js';
export { parseTimelineText } from './timeline/parse-timeline-text.js';
export { recordTriageReport } from './timeline/record-triage-report.js';
export {
  INCIDENT_STATUSES,
  type IncidentStatus,
  TIMELINE_ENTRY_KINDS,
  type TimelineEntry,
  type TimelineEntryInput,
  type TimelineEntryKind,
  type TimelineEntryOf,
  timelineEntryInputSchema,
  timelineEntrySchema,
} from './timeline/timeline-entry.js';
export {
  type TimelineEntryFromReportOptions,
  timelineEntryFromAlert,
  timelineEntryFromReport,
} from './timeline/timeline-entry-from-report.js';
export {
  type KeyFinding,
  type RecordedChange,
  type RecordedEvidence,
  type RecordedSuggestion,
  type TriageReportDigest,
  triageReportDigestSchema,
} from './timeline/triage-report-digest.js';
