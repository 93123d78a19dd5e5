import { describe, it } from 'vitest';
import type { Alert } from '../schema/alert.js';
import type { CollectorV1 } from '../spec/collector-v1.js';
import type { TimeWindow } from '../spec/time-window.js';
import {
  checkCollectorV1Deterministic,
  checkCollectorV1EvidenceInsideWindow,
  checkCollectorV1Identity,
  checkCollectorV1RespectsMaxItems,
  checkCollectorV1ResultShape,
  checkCollectorV1StopsWhenAborted,
} from './checks/collector-v1-checks.js';
import { createSampleAlert } from './fixtures/sample-alert.js';
import { createSampleTimeWindow } from './fixtures/sample-time-window.js';

/** Options of {@link describeCollectorV1Conformance}. */
export interface CollectorV1ConformanceOptions {
  /** Names the `describe` block. Default `'collector'`. */
  readonly name?: string;
  /** Returns a new collector; called once per test. Point it at fakes or recorded data, not production. */
  readonly create: () => CollectorV1 | Promise<CollectorV1>;
  /** The alert to collect for. Default: {@link createSampleAlert}. */
  readonly alert?: Alert;
  /** The window to collect in. Default: {@link createSampleTimeWindow}, 06:00 to 10:15 UTC on 2026-03-04. */
  readonly window?: TimeWindow;
  /** Small `maxItems` the collector must respect. Default 5. */
  readonly maxItems?: number;
  /** Per-test timeout in milliseconds, for slow collectors. Default: vitest's. */
  readonly timeoutMs?: number;
}

/**
 * Registers a vitest `describe` block checking that a collector follows CollectorV1: a `'v1'`
 * specificationVersion and a whitespace-free collectorId; evidence that passes `evidenceInputSchema`,
 * lies inside the window and respects `maxItems`; string warnings; rejecting (or returning nothing)
 * within 2 seconds when already aborted; the same evidence for the same input. Call it at the top level
 * of a test file.
 */
export function describeCollectorV1Conformance(options: CollectorV1ConformanceOptions): void {
  const input = {
    alert: options.alert ?? createSampleAlert(),
    window: options.window ?? createSampleTimeWindow(),
  };
  const { timeoutMs } = options;
  describe(`${options.name ?? 'collector'} conforms to CollectorV1`, () => {
    it(
      'declares specificationVersion "v1" and a collectorId without whitespace',
      async () => {
        checkCollectorV1Identity(await options.create());
      },
      timeoutMs,
    );
    it(
      'resolves with evidence that passes evidenceInputSchema and string warnings',
      async () => {
        await checkCollectorV1ResultShape(await options.create(), input);
      },
      timeoutMs,
    );
    it(
      'returns at most maxItems items',
      async () => {
        await checkCollectorV1RespectsMaxItems(await options.create(), input, options.maxItems ?? 5);
      },
      timeoutMs,
    );
    it(
      'returns only evidence inside the window',
      async () => {
        await checkCollectorV1EvidenceInsideWindow(await options.create(), input);
      },
      timeoutMs,
    );
    it(
      'stops within 2 seconds when its AbortSignal is already aborted',
      async () => {
        await checkCollectorV1StopsWhenAborted(await options.create(), input);
      },
      timeoutMs,
    );
    it(
      'returns the same evidence for the same input',
      async () => {
        await checkCollectorV1Deterministic(await options.create(), input);
      },
      timeoutMs,
    );
  });
}
