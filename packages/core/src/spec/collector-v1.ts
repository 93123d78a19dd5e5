import type { Alert } from '../schema/alert.js';
import type { EvidenceInput } from '../schema/evidence.js';
import type { TimeWindow } from './time-window.js';

/** Options the pipeline passes to {@link CollectorV1.doCollect}. */
export interface CollectorV1CollectOptions {
  readonly alert: Alert;
  /** Only evidence inside this window is kept; collectors should query just this range. */
  readonly window: TimeWindow;
  /** Aborted when the run is aborted or the collector's timeout passes. Stop promptly and reject. */
  readonly abortSignal: AbortSignal;
  /** The most items the pipeline will keep from this collector; return at most this many. */
  readonly maxItems: number;
}

/** What a collector returns. */
export interface CollectorV1Result {
  readonly evidence: readonly EvidenceInput[];
  /** Degraded but usable outcomes (a namespace was forbidden, a page was cut). Shown in the report. */
  readonly warnings?: readonly string[];
}

/**
 * Gathers read-only context for an alert: logs, events, changes, metrics.
 *
 * The pipeline calls `doCollect` with a timeout, in parallel with other collectors. Throw (preferably a
 * `CollectorError`) only when nothing usable came back; the run goes on and the report lists the
 * collector as degraded. Collectors must never modify the systems they read.
 */
export interface CollectorV1 {
  readonly specificationVersion: 'v1';
  /** Stable, unique id, e.g. `kubernetes` or `git:infra-repo`. Evidence ids derive from it. */
  readonly collectorId: string;
  /** One line describing what it reads, for progress output and docs. */
  readonly description?: string;
  doCollect(options: CollectorV1CollectOptions): Promise<CollectorV1Result>;
}
