import type { TriageReport } from '../../schema/triage-report.js';
import type { SinkV1, SinkV1ExportResult } from '../../spec/sink-v1.js';
import { assertConformance } from './assert-conformance.js';
import { checkPluginIdentity } from './check-plugin-identity.js';
import { ConformanceError } from './conformance-error.js';
import { settleWithin } from './settle-within.js';

function label(sink: SinkV1): string {
  return `sink "${String(sink.sinkId)}"`;
}

/** Calls `doExport` and requires it to resolve, within `timeoutMs` when given, to a valid result. */
async function exportReport(
  sink: SinkV1,
  report: TriageReport,
  abortSignal: AbortSignal,
  what: string,
  timeoutMs?: number,
): Promise<SinkV1ExportResult> {
  // Wrapped so that a sink throwing synchronously counts as rejecting.
  const call = (async () => sink.doExport({ report, abortSignal }))();
  const settled =
    timeoutMs === undefined
      ? await Promise.allSettled([call]).then(([result]) => result)
      : await settleWithin(call, timeoutMs, what);
  if (settled?.status !== 'fulfilled') {
    const reason: unknown = settled?.reason;
    throw new ConformanceError(
      `${what} rejected (${reason instanceof Error ? reason.message : String(reason)}); sinks never throw, they return { ok: false, retryable, message }.`,
      { cause: reason },
    );
  }
  validateSinkV1ExportResult(sink, settled.value);
  return settled.value;
}

/** `specificationVersion` is `'v1'`; `sinkId` is a non-empty string without whitespace. */
export function checkSinkV1Identity(sink: SinkV1): void {
  checkPluginIdentity(sink, 'sink', [{ key: 'sinkId' }]);
  assertConformance(
    sink.shutdown === undefined || typeof sink.shutdown === 'function',
    `${label(sink)} shutdown must be a function when present.`,
  );
}

/**
 * `result` is `{ ok: true, location? }` with a string location when present, or
 * `{ ok: false, retryable, message }` with a boolean and a non-empty string.
 */
export function validateSinkV1ExportResult(
  sink: SinkV1,
  result: unknown,
): asserts result is SinkV1ExportResult {
  const name = label(sink);
  assertConformance(
    typeof result === 'object' && result !== null,
    `${name} doExport must resolve to { ok, ... }, got ${String(result)}.`,
  );
  const { ok, location, retryable, message } = result as Record<string, unknown>;
  assertConformance(typeof ok === 'boolean', `${name} result ok must be a boolean, got ${String(ok)}.`);
  if (ok) {
    assertConformance(
      location === undefined || typeof location === 'string',
      `${name} result location must be a string when present.`,
    );
  } else {
    assertConformance(
      typeof retryable === 'boolean',
      `${name} failed result must say whether it is retryable.`,
    );
    assertConformance(
      typeof message === 'string' && message !== '',
      `${name} failed result must carry a non-empty message.`,
    );
  }
}

/** Exporting `report` resolves to a valid result. */
export async function checkSinkV1ExportResolves(sink: SinkV1, report: TriageReport): Promise<void> {
  await exportReport(sink, report, new AbortController().signal, `${label(sink)} doExport`);
}

/** Exporting with an already-aborted signal resolves (to any valid result) within `timeoutMs` (default 2000). */
export async function checkSinkV1AbortedExportResolves(
  sink: SinkV1,
  report: TriageReport,
  timeoutMs = 2000,
): Promise<void> {
  const controller = new AbortController();
  controller.abort(new Error('aborted by the conformance check'));
  await exportReport(
    sink,
    report,
    controller.signal,
    `${label(sink)} doExport with an already-aborted signal`,
    timeoutMs,
  );
}

/**
 * `shutdown()`, when the sink has one, resolves within `timeoutMs` (default 2000), and a later export
 * still resolves to a valid result instead of rejecting.
 */
export async function checkSinkV1Shutdown(
  sink: SinkV1,
  report: TriageReport,
  timeoutMs = 2000,
): Promise<void> {
  if (sink.shutdown === undefined) return;
  const what = `${label(sink)} shutdown`;
  const settled = await settleWithin((async () => sink.shutdown?.())(), timeoutMs, what);
  if (settled.status === 'rejected') {
    const reason: unknown = settled.reason;
    throw new ConformanceError(
      `${what} rejected: ${reason instanceof Error ? reason.message : String(reason)}.`,
      { cause: reason },
    );
  }
  await exportReport(
    sink,
    report,
    new AbortController().signal,
    `${label(sink)} doExport after shutdown`,
    timeoutMs,
  );
}
