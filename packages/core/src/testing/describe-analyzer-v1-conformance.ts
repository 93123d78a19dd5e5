import { describe, it } from 'vitest';
import type { Alert } from '../schema/alert.js';
import type { Evidence } from '../schema/evidence.js';
import type { AnalyzerV1 } from '../spec/analyzer-v1.js';
import type { TimeWindow } from '../spec/time-window.js';
import {
  checkAnalyzerV1CitesKnownEvidence,
  checkAnalyzerV1Deterministic,
  checkAnalyzerV1FindingsValid,
  checkAnalyzerV1HandlesEmptyEvidence,
  checkAnalyzerV1Identity,
} from './checks/analyzer-v1-checks.js';
import { createSampleAlert } from './fixtures/sample-alert.js';
import { createSampleEvidence } from './fixtures/sample-evidence.js';
import { createSampleTimeWindow } from './fixtures/sample-time-window.js';

/** Options of {@link describeAnalyzerV1Conformance}. */
export interface AnalyzerV1ConformanceOptions {
  /** Names the `describe` block. Default `'analyzer'`. */
  readonly name?: string;
  /** Returns a new analyzer; called once per test. */
  readonly create: () => AnalyzerV1 | Promise<AnalyzerV1>;
  /**
   * Normalised evidence to analyze; give items your analyzer reacts to, or the checks prove little.
   * Default: {@link createSampleEvidence}.
   */
  readonly evidence?: readonly Evidence[];
  /** Default: {@link createSampleAlert}. */
  readonly alert?: Alert;
  /** Default: {@link createSampleTimeWindow}. */
  readonly window?: TimeWindow;
  /** Per-test timeout in milliseconds. Default: vitest's. */
  readonly timeoutMs?: number;
}

/**
 * Registers a vitest `describe` block checking that an analyzer follows AnalyzerV1: a `'v1'`
 * specificationVersion and a whitespace-free analyzerId; findings that pass `findingSchema` (with a
 * missing `id` and `analyzerId` filled in as the pipeline does); citations only of input evidence;
 * identical findings for identical input; no exception for empty evidence. Call it at the top level of a
 * test file.
 */
export function describeAnalyzerV1Conformance(options: AnalyzerV1ConformanceOptions): void {
  const input = {
    alert: options.alert ?? createSampleAlert(),
    window: options.window ?? createSampleTimeWindow(),
    evidence: options.evidence ?? createSampleEvidence(),
  };
  const { timeoutMs } = options;
  describe(`${options.name ?? 'analyzer'} conforms to AnalyzerV1`, () => {
    it(
      'declares specificationVersion "v1" and an analyzerId without whitespace',
      async () => {
        checkAnalyzerV1Identity(await options.create());
      },
      timeoutMs,
    );
    it(
      'returns findings that pass findingSchema',
      async () => {
        await checkAnalyzerV1FindingsValid(await options.create(), input);
      },
      timeoutMs,
    );
    it(
      'cites only evidence ids that exist in the input',
      async () => {
        await checkAnalyzerV1CitesKnownEvidence(await options.create(), input);
      },
      timeoutMs,
    );
    it(
      'returns the same findings for the same input',
      async () => {
        await checkAnalyzerV1Deterministic(await options.create(), input);
      },
      timeoutMs,
    );
    it(
      'does not throw when there is no evidence',
      async () => {
        await checkAnalyzerV1HandlesEmptyEvidence(await options.create(), input);
      },
      timeoutMs,
    );
  });
}
