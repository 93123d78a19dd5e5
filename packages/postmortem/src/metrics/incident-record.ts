/** One incident of an export, normalised: the input of `computeResponseMetrics`. */
export interface IncidentRecord {
  /** The export's incident id (PagerDuty `id`, else `incident_number`; the generic CSV's `id`). */
  readonly id: string;
  /** `unknown` when the export names none. */
  readonly service: string;
  /** Severity, priority or urgency as the export spells it (lowercased); `unknown` when none. */
  readonly severity: string;
  /** When the incident was created, i.e. first triggered (UTC, ISO 8601). */
  readonly createdAt: string;
  /** The first acknowledgement; `null` when it was never acknowledged or the export does not say. */
  readonly acknowledgedAt: string | null;
  /** The final resolution; `null` while it is open. */
  readonly resolvedAt: string | null;
  /** True when several rows of the export were merged into this incident (it was reopened). */
  readonly reopened: boolean;
  /** Where it came from, for messages: `row 12 (line 13)` or `incidents[3]`. */
  readonly origin: string;
}

/** Which export format a file is. */
export const INCIDENT_EXPORT_FORMATS = ['pagerduty-csv', 'pagerduty-json', 'csv'] as const;
/** One of {@link INCIDENT_EXPORT_FORMATS}. */
export type IncidentExportFormat = (typeof INCIDENT_EXPORT_FORMATS)[number];

/** What `parseIncidentExport` returns. */
export interface ParsedIncidentExport {
  readonly format: IncidentExportFormat;
  readonly incidents: readonly IncidentRecord[];
  /** Degraded but usable, e.g. acknowledgements the export cannot provide. */
  readonly warnings: readonly string[];
}
