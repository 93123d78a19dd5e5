import {
  ALERT_EVIDENCE_COLLECTOR_ID,
  type Alert,
  BUNDLE_FORMAT,
  type BundleCollectorEntry,
  type Evidence,
  type TriageLifecycleListener,
  writeIncidentBundle,
} from '@triagekit/core';
import { CLI_VERSION } from '../version.js';

/** Records what each collector returned during a run, then writes it as a replayable incident bundle. */
export interface IncidentBundleRecorder {
  /** Pass to the pipeline's `onEvent`: captures each collector's warnings or failure as they happen. */
  readonly onEvent: TriageLifecycleListener;
  /** Writes `bundle.json` and `evidence.jsonl.gz` into `directory` (created if missing). */
  write(
    directory: string,
    run: {
      readonly alert: Alert;
      readonly window: { readonly start: string; readonly end: string };
      readonly evidence: readonly Evidence[];
    },
  ): Promise<void>;
}

function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/**
 * Creates a recorder for `triagekit run --record DIR`. The bundle holds the evidence as it entered
 * analysis — already redacted and capped, so it is safe to share — and, per collector, the exact
 * warnings and failure of the run, so replaying it reproduces the same findings and degraded sources.
 */
export function createIncidentBundleRecorder(): IncidentBundleRecorder {
  const collectors = new Map<string, BundleCollectorEntry>();
  return {
    onEvent(event) {
      if (event.type === 'collector-finished') {
        collectors.set(event.collectorId, {
          collectorId: event.collectorId,
          warnings: [...event.warnings],
          error: null,
        });
      } else if (event.type === 'collector-failed') {
        collectors.set(event.collectorId, {
          collectorId: event.collectorId,
          warnings: [],
          error: describeError(event.error),
        });
      }
    },
    async write(directory, run) {
      await writeIncidentBundle(
        directory,
        {
          manifest: {
            format: BUNDLE_FORMAT,
            createdAt: new Date().toISOString(),
            title: run.alert.title,
            description: `Recorded by triagekit ${CLI_VERSION} run`,
            alert: run.alert,
            window: run.window,
            collectors: [...collectors.values()],
            metadata: { recordedBy: `@triagekit/cli ${CLI_VERSION}` },
          },
          // The pipeline adds the alert itself on every run; replays must not see it twice.
          evidence: run.evidence.filter((item) => item.collectorId !== ALERT_EVIDENCE_COLLECTOR_ID),
        },
        { gzip: true },
      );
    },
  };
}
