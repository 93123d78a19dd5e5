import type { SinkV1, SinkV1ExportResult, TriageReport } from '@triagekit/core';
import { buildPagerDutyNote } from './build-pagerduty-note.js';
import { checkNoteSinkOptions } from './check-note-sink-options.js';
import { incidentIdFromReport } from './incident-id-from-report.js';
import {
  DEFAULT_PAGERDUTY_API_URL,
  DEFAULT_PAGERDUTY_TIMEOUT_MS,
  type PagerDutyNoteSinkOptions,
} from './pagerduty-note-sink-options.js';
import { postIncidentNote } from './post-incident-note.js';
import { resolveReportUrl } from './resolve-report-url.js';

function failure(message: string): SinkV1ExportResult {
  return { ok: false, retryable: false, message };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A `SinkV1` that posts a compact summary of each report as a note on the PagerDuty incident it is about
 * (`POST /incidents/{id}/notes`, see {@link buildPagerDutyNote}). This is triagekit's only write to
 * PagerDuty: one note of its own per report, never a change to the incident's state, assignment or
 * priority.
 *
 * Never throws from `doExport`: failures resolve to `{ ok: false, retryable }` (429, 5xx, timeouts and
 * network failures retryable; other statuses not) and the pipeline retries. A retry after a timeout may
 * duplicate a note PagerDuty did create. Reports with no incident id fail without a request. Honours the
 * abort signal at once. `shutdown()` waits for notes in flight and refuses later exports.
 *
 * @throws InvalidInputError at creation, naming every invalid option.
 */
export function createPagerDutyNoteSink(options: PagerDutyNoteSinkOptions): SinkV1 {
  checkNoteSinkOptions(options);
  const sinkId = options.sinkId ?? 'pagerduty-note';
  const baseUrl = (options.baseUrl ?? DEFAULT_PAGERDUTY_API_URL).replace(/\/+$/, '');
  const incidentFor = (report: TriageReport) =>
    options.incidentId ?? (options.incidentIdFromReport ?? incidentIdFromReport)(report);
  const inFlight = new Set<Promise<SinkV1ExportResult>>();
  let shutDown = false;

  async function deliver(report: TriageReport, abortSignal: AbortSignal): Promise<SinkV1ExportResult> {
    let incidentId: string | undefined;
    let content: string;
    try {
      incidentId = incidentFor(report);
      content = buildPagerDutyNote(report, {
        reportUrl: resolveReportUrl(options.reportUrl, report),
        ...(options.maxNoteLength === undefined ? {} : { maxLength: options.maxNoteLength }),
        ...(options.maxItems === undefined ? {} : { maxItems: options.maxItems }),
      });
    } catch (error) {
      return failure(`Sink "${sinkId}" could not prepare the note: ${describe(error)}`);
    }
    if (!incidentId) {
      return failure(
        `Sink "${sinkId}" has no PagerDuty incident for report ${report.id} (alert source "${report.alert.source}"); ` +
          'give incidentId or incidentIdFromReport, or feed it alerts from parsePagerDutyWebhook.',
      );
    }
    return postIncidentNote({
      baseUrl,
      incidentId,
      content,
      apiToken: options.apiToken,
      fromEmail: options.fromEmail,
      timeoutMs: options.timeoutMs ?? DEFAULT_PAGERDUTY_TIMEOUT_MS,
      abortSignal,
      fetch: options.fetch ?? fetch,
    });
  }

  return {
    specificationVersion: 'v1',
    sinkId,
    async doExport({ report, abortSignal }) {
      if (shutDown) return failure(`Sink "${sinkId}" is shut down.`);
      if (abortSignal?.aborted)
        return failure(`The note for report ${report.id} was aborted before it was sent.`);
      const delivery = deliver(report, abortSignal ?? new AbortController().signal);
      inFlight.add(delivery);
      try {
        return await delivery;
      } catch (error) {
        // Only a broken custom fetch gets here; a sink still never throws.
        return failure(`Sink "${sinkId}" failed unexpectedly: ${describe(error)}`);
      } finally {
        inFlight.delete(delivery);
      }
    },
    async shutdown() {
      shutDown = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
