import type { Alert } from '../schema/alert.js';
import type { TriageReport } from '../schema/triage-report.js';
import type { TimeWindow } from '../spec/time-window.js';

/** Pipeline stages, in the order they run. */
export type TriageStage = 'collect' | 'redact' | 'analyze' | 'retrieve' | 'summarize' | 'deliver';

/**
 * Progress and telemetry events emitted during a run, in order. Listeners must not throw; if one does,
 * the error is ignored so progress output can never break a triage.
 */
export type TriageLifecycleEvent =
  | { readonly type: 'run-started'; readonly alert: Alert; readonly window: TimeWindow }
  | { readonly type: 'stage-started'; readonly stage: TriageStage }
  | { readonly type: 'stage-finished'; readonly stage: TriageStage; readonly durationMs: number }
  | { readonly type: 'collector-started'; readonly collectorId: string }
  | {
      readonly type: 'collector-finished';
      readonly collectorId: string;
      readonly evidenceCount: number;
      readonly warnings: readonly string[];
      readonly durationMs: number;
    }
  | {
      readonly type: 'collector-failed';
      readonly collectorId: string;
      readonly status: 'failed' | 'timed-out' | 'aborted';
      readonly error: unknown;
      readonly durationMs: number;
    }
  | { readonly type: 'analyzer-failed'; readonly analyzerId: string; readonly error: unknown }
  | {
      readonly type: 'sink-delivered';
      readonly sinkId: string;
      readonly attempts: number;
      readonly location?: string;
    }
  | {
      readonly type: 'sink-failed';
      readonly sinkId: string;
      readonly attempts: number;
      readonly message: string;
    }
  | { readonly type: 'run-finished'; readonly report: TriageReport; readonly durationMs: number };

/** Receives {@link TriageLifecycleEvent}s. */
export type TriageLifecycleListener = (event: TriageLifecycleEvent) => void;

/** Calls the listener, swallowing anything it throws. */
export function emitSafely(listener: TriageLifecycleListener | undefined, event: TriageLifecycleEvent): void {
  if (!listener) return;
  try {
    listener(event);
  } catch {
    // A broken progress printer must not fail the triage.
  }
}
