import type { TriageReport } from '../schema/triage-report.js';

/** Outcome of one delivery attempt. */
export type SinkV1ExportResult =
  | { readonly ok: true; readonly location?: string }
  | { readonly ok: false; readonly retryable: boolean; readonly message: string };

/**
 * Delivers a finished report (a file, Slack, a PagerDuty note). Sinks never throw and never retry: they
 * return `{ ok: false, retryable }` and the pipeline retries with backoff. `shutdown()` is final.
 */
export interface SinkV1 {
  readonly specificationVersion: 'v1';
  readonly sinkId: string;
  doExport(options: {
    readonly report: TriageReport;
    readonly abortSignal?: AbortSignal;
  }): Promise<SinkV1ExportResult>;
  shutdown?(): Promise<void>;
}
