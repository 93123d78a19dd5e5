import { AbortedError } from '../errors/aborted-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { TriageError } from '../errors/triage-error.js';
import type { Alert } from '../schema/alert.js';
import type { EvidenceInput } from '../schema/evidence.js';
import type { DegradedSource } from '../schema/triage-report.js';
import type { CollectorV1 } from '../spec/collector-v1.js';
import type { TimeWindow } from '../spec/time-window.js';
import { emitSafely, type TriageLifecycleListener } from './lifecycle-event.js';
import { mapWithConcurrency } from './map-with-concurrency.js';
import { runWithDeadline } from './run-with-deadline.js';

/** What one collector delivered. */
export interface CollectorOutcome {
  readonly collectorId: string;
  readonly description: string | undefined;
  readonly evidence: readonly EvidenceInput[];
  readonly warnings: readonly string[];
  /** Set when the collector produced nothing usable. */
  readonly failure: { readonly status: 'failed' | 'timed-out' | 'aborted'; readonly error: unknown } | null;
  readonly durationMs: number;
}

function errorName(error: unknown): string | null {
  return error instanceof Error ? error.name : null;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isAbortLike(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || AbortedError.isInstance(error));
}

/**
 * Runs every collector in parallel (at most `concurrency` at once), each under its own deadline. A
 * collector that throws, hangs or aborts becomes a failed outcome; it never fails the run. When the run's
 * own signal aborts, this rejects with {@link AbortedError} at once.
 */
export async function collectEvidence(options: {
  collectors: readonly CollectorV1[];
  alert: Alert;
  window: TimeWindow;
  concurrency: number;
  timeoutMs: number;
  maxItemsPerCollector: number;
  abortSignal: AbortSignal;
  onEvent: TriageLifecycleListener | undefined;
  now: () => number;
}): Promise<CollectorOutcome[]> {
  const outcomes = mapWithConcurrency(options.collectors, options.concurrency, async (collector) => {
    const started = options.now();
    emitSafely(options.onEvent, { type: 'collector-started', collectorId: collector.collectorId });
    try {
      const result = await runWithDeadline(
        (signal) =>
          Promise.resolve().then(() =>
            collector.doCollect({
              alert: options.alert,
              window: options.window,
              abortSignal: signal,
              maxItems: options.maxItemsPerCollector,
            }),
          ),
        {
          timeoutMs: options.timeoutMs,
          parent: options.abortSignal,
          operation: `Collector "${collector.collectorId}"`,
        },
      );
      const evidence = Array.isArray(result?.evidence) ? result.evidence : [];
      const warnings = (Array.isArray(result?.warnings) ? result.warnings : []).map(String);
      if (!Array.isArray(result?.evidence)) {
        warnings.push(
          'returned no `evidence` array; treated as empty. Collectors must return { evidence: [] }.',
        );
      }
      const durationMs = options.now() - started;
      emitSafely(options.onEvent, {
        type: 'collector-finished',
        collectorId: collector.collectorId,
        evidenceCount: evidence.length,
        warnings,
        durationMs,
      });
      return {
        collectorId: collector.collectorId,
        description: collector.description,
        evidence,
        warnings,
        failure: null,
        durationMs,
      };
    } catch (error) {
      if (options.abortSignal.aborted) throw error;
      const status =
        TimeoutError.isInstance(error) || errorName(error) === 'TriageTimeoutError'
          ? 'timed-out'
          : isAbortLike(error)
            ? 'aborted'
            : 'failed';
      const durationMs = options.now() - started;
      emitSafely(options.onEvent, {
        type: 'collector-failed',
        collectorId: collector.collectorId,
        status,
        error,
        durationMs,
      });
      return {
        collectorId: collector.collectorId,
        description: collector.description,
        evidence: [],
        warnings: [],
        failure: { status, error },
        durationMs,
      } satisfies CollectorOutcome;
    }
  });
  try {
    return await outcomes;
  } catch (error) {
    if (options.abortSignal.aborted)
      throw new AbortedError({ operation: 'Triage run', cause: options.abortSignal.reason });
    throw error;
  }
}

/** The degraded-source entries for collectors that failed or returned warnings. */
export function degradedSourcesFromOutcomes(outcomes: readonly CollectorOutcome[]): DegradedSource[] {
  const degraded: DegradedSource[] = [];
  for (const outcome of outcomes) {
    if (outcome.failure) {
      const { status, error } = outcome.failure;
      const advice =
        status === 'timed-out'
          ? ' Raise collectorTimeoutMs or narrow what the collector reads.'
          : TriageError.isInstance(error) || errorName(error)?.startsWith('Triage')
            ? ''
            : ' Check the collector’s configuration and access.';
      degraded.push({
        source: outcome.collectorId,
        stage: 'collect',
        status,
        message: `${errorMessage(error)}${advice}`,
        errorName: errorName(error),
        durationMs: outcome.durationMs,
      });
    } else if (outcome.warnings.length > 0) {
      degraded.push({
        source: outcome.collectorId,
        stage: 'collect',
        status: 'partial',
        message: outcome.warnings.join(' | '),
        errorName: null,
        durationMs: outcome.durationMs,
      });
    }
  }
  return degraded;
}
