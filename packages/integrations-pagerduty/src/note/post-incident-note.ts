import type { SinkV1ExportResult } from '@triagekit/core';
import { describeNoteFailure } from './describe-note-failure.js';
import { readPagerDutyError } from './read-pagerduty-error.js';

/** One `POST /incidents/{id}/notes` and how to make it. */
export interface IncidentNoteRequest {
  readonly baseUrl: string;
  readonly incidentId: string;
  readonly content: string;
  readonly apiToken: string;
  readonly fromEmail: string;
  readonly timeoutMs: number;
  readonly abortSignal: AbortSignal;
  readonly fetch: typeof fetch;
}

function retryAfter(response: Response): string {
  const seconds = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  return Number.isNaN(seconds) ? '' : ` It asks to wait ${seconds} s.`;
}

async function noteLocation(response: Response, incidentUrl: string): Promise<string> {
  try {
    const body = (await response.json()) as { note?: { id?: unknown } };
    return typeof body.note?.id === 'string' ? `${incidentUrl}#${body.note.id}` : incidentUrl;
  } catch {
    // Created all the same: the status says so; only the note id is unknown.
    return incidentUrl;
  }
}

/**
 * Posts one note to an incident through PagerDuty's REST API, once (the pipeline retries), within
 * `timeoutMs`. Never throws: 2xx is `ok` (location: the incident's notes URL `#<note id>`); 429, 408, 5xx,
 * a network failure and a timeout are retryable failures; other statuses are not, with a message saying
 * what to check; an abort is a non-retryable failure, and stops the request at once.
 */
export async function postIncidentNote(request: IncidentNoteRequest): Promise<SinkV1ExportResult> {
  const incidentUrl = `${request.baseUrl}/incidents/${encodeURIComponent(request.incidentId)}/notes`;
  const timeout = AbortSignal.timeout(request.timeoutMs);
  let response: Response;
  let body = '';
  try {
    response = await request.fetch(incidentUrl, {
      method: 'POST',
      headers: {
        Authorization: `Token token=${request.apiToken}`,
        Accept: 'application/json',
        'Content-Type': 'application/json',
        From: request.fromEmail,
      },
      body: JSON.stringify({ note: { content: request.content } }),
      redirect: 'error',
      signal: AbortSignal.any([request.abortSignal, timeout]),
    });
    if (response.ok) return { ok: true, location: await noteLocation(response, incidentUrl) };
    body = await response.text();
  } catch (error) {
    if (request.abortSignal.aborted) {
      return {
        ok: false,
        retryable: false,
        message: `The note on incident ${request.incidentId} was aborted.`,
      };
    }
    if (timeout.aborted) {
      return {
        ok: false,
        retryable: true,
        message: `PagerDuty did not answer within ${request.timeoutMs} ms (timeoutMs); the note may still have been created.`,
      };
    }
    const reason =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    return {
      ok: false,
      retryable: true,
      message: `PagerDuty at ${request.baseUrl} is unreachable (${reason}). Check baseUrl and that this machine can reach it.`,
    };
  }
  const { status } = response;
  const detail = readPagerDutyError(body);
  if (status === 429) {
    return {
      ok: false,
      retryable: true,
      message: `PagerDuty rate-limited the note (HTTP 429: ${detail}).${retryAfter(response)}`,
    };
  }
  if (status === 408 || status >= 500) {
    return {
      ok: false,
      retryable: true,
      message: `PagerDuty failed to take the note (HTTP ${status}: ${detail}).`,
    };
  }
  return {
    ok: false,
    retryable: false,
    message: describeNoteFailure(status, detail, request.incidentId, request.baseUrl),
  };
}
