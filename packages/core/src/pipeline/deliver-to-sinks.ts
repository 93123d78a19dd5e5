import type { TriageReport } from '../schema/triage-report.js';
import type { SinkV1 } from '../spec/sink-v1.js';
import { emitSafely, type TriageLifecycleListener } from './lifecycle-event.js';
import { runWithDeadline } from './run-with-deadline.js';

/** How the pipeline retries sinks. */
export interface SinkRetryOptions {
  /** Attempts per sink, including the first. Default 3. */
  readonly maxAttempts?: number;
  /** Delay before the first retry, in milliseconds; doubles each time. Default 250. */
  readonly initialDelayMs?: number;
  /** Timeout of each attempt, in milliseconds. Default 15,000. */
  readonly timeoutMs?: number;
}

/** The outcome of delivering a report to one sink. */
export interface SinkDelivery {
  readonly sinkId: string;
  readonly ok: boolean;
  readonly attempts: number;
  readonly location?: string;
  readonly message?: string;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Delivers the report to every sink in parallel, retrying retryable failures with exponential backoff.
 * Never throws: a sink that throws anyway counts as a non-retryable failure.
 */
export async function deliverToSinks(options: {
  sinks: readonly SinkV1[];
  report: TriageReport;
  retry: SinkRetryOptions;
  abortSignal: AbortSignal;
  onEvent: TriageLifecycleListener | undefined;
}): Promise<SinkDelivery[]> {
  const maxAttempts = Math.max(1, options.retry.maxAttempts ?? 3);
  const initialDelayMs = options.retry.initialDelayMs ?? 250;
  const timeoutMs = options.retry.timeoutMs ?? 15_000;
  return Promise.all(
    options.sinks.map(async (sink): Promise<SinkDelivery> => {
      let message = 'not attempted';
      for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
        if (options.abortSignal.aborted) {
          message = 'aborted before delivery';
          break;
        }
        let retryable = false;
        try {
          const result = await runWithDeadline(
            (signal) => sink.doExport({ report: options.report, abortSignal: signal }),
            {
              timeoutMs,
              parent: options.abortSignal,
              operation: `Sink "${sink.sinkId}"`,
            },
          );
          if (result.ok) {
            emitSafely(options.onEvent, {
              type: 'sink-delivered',
              sinkId: sink.sinkId,
              attempts: attempt,
              location: result.location,
            });
            return { sinkId: sink.sinkId, ok: true, attempts: attempt, location: result.location };
          }
          message = result.message;
          retryable = result.retryable;
        } catch (error) {
          message = error instanceof Error ? error.message : String(error);
          retryable = error instanceof Error && error.name === 'TriageTimeoutError';
        }
        if (!retryable || attempt === maxAttempts) {
          emitSafely(options.onEvent, {
            type: 'sink-failed',
            sinkId: sink.sinkId,
            attempts: attempt,
            message,
          });
          return { sinkId: sink.sinkId, ok: false, attempts: attempt, message };
        }
        await sleep(initialDelayMs * 2 ** (attempt - 1), options.abortSignal);
      }
      emitSafely(options.onEvent, { type: 'sink-failed', sinkId: sink.sinkId, attempts: 0, message });
      return { sinkId: sink.sinkId, ok: false, attempts: 0, message };
    }),
  );
}
