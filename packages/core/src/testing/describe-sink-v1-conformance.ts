import { describe, it } from 'vitest';
import type { TriageReport } from '../schema/triage-report.js';
import type { SinkV1 } from '../spec/sink-v1.js';
import {
  checkSinkV1AbortedExportResolves,
  checkSinkV1ExportResolves,
  checkSinkV1Identity,
  checkSinkV1Shutdown,
} from './checks/sink-v1-checks.js';
import { createSampleTriageReport } from './fixtures/sample-report.js';

/** Options of {@link describeSinkV1Conformance}. */
export interface SinkV1ConformanceOptions {
  /** Names the `describe` block. Default `'sink'`. */
  readonly name?: string;
  /**
   * Returns a new sink; called once per test. The tests really export, so point it at a temporary
   * directory or a fake endpoint.
   */
  readonly create: () => SinkV1 | Promise<SinkV1>;
  /** The report to export. Default: {@link createSampleTriageReport}. */
  readonly report?: TriageReport;
  /** Per-test timeout in milliseconds, for remote sinks. Default: vitest's. */
  readonly timeoutMs?: number;
}

/**
 * Registers a vitest `describe` block checking that a sink follows SinkV1: a `'v1'`
 * specificationVersion and a whitespace-free sinkId; `doExport` resolving to `{ ok: true }` or
 * `{ ok: false, retryable, message }` and never rejecting, even with an already-aborted signal; a
 * `shutdown()` that resolves, after which exports still resolve. Call it at the top level of a test file.
 */
export function describeSinkV1Conformance(options: SinkV1ConformanceOptions): void {
  const report = options.report ?? createSampleTriageReport();
  const { timeoutMs } = options;
  describe(`${options.name ?? 'sink'} conforms to SinkV1`, () => {
    it(
      'declares specificationVersion "v1" and a sinkId without whitespace',
      async () => {
        checkSinkV1Identity(await options.create());
      },
      timeoutMs,
    );
    it(
      'resolves an export to { ok: true } or { ok: false, retryable, message }',
      async () => {
        await checkSinkV1ExportResolves(await options.create(), report);
      },
      timeoutMs,
    );
    it(
      'resolves, not rejects, when its AbortSignal is already aborted',
      async () => {
        await checkSinkV1AbortedExportResolves(await options.create(), report);
      },
      timeoutMs,
    );
    it(
      'shuts down, and still resolves exports afterwards',
      async () => {
        await checkSinkV1Shutdown(await options.create(), report);
      },
      timeoutMs,
    );
  });
}
