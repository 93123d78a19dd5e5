import type { Alert } from '../schema/alert.js';
import type { Evidence } from '../schema/evidence.js';
import type { Finding, FindingInput } from '../schema/finding.js';
import type { TimeWindow } from './time-window.js';

/** Options the pipeline passes to {@link AnalyzerV1.doAnalyze}. */
export interface AnalyzerV1AnalyzeOptions {
  readonly alert: Alert;
  readonly window: TimeWindow;
  /** All redacted, capped evidence, ordered by time then id. */
  readonly evidence: readonly Evidence[];
  /** Evidence by id, for lookups. */
  readonly evidenceById: ReadonlyMap<string, Evidence>;
  /** Findings of the analyzers that ran before this one, in order. */
  readonly findings: readonly Finding[];
  readonly abortSignal: AbortSignal;
}

export interface AnalyzerV1Result {
  readonly findings: readonly FindingInput[];
  readonly warnings?: readonly string[];
}

/**
 * Turns evidence into findings, deterministically: same evidence, same findings. Analyzers run in order
 * and see earlier analyzers' findings. Every finding must cite evidence ids that exist; the pipeline
 * drops (and reports) findings that do not.
 */
export interface AnalyzerV1 {
  readonly specificationVersion: 'v1';
  readonly analyzerId: string;
  doAnalyze(options: AnalyzerV1AnalyzeOptions): Promise<AnalyzerV1Result> | AnalyzerV1Result;
}
