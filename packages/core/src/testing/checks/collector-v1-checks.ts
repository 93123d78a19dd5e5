import type { Alert } from '../../schema/alert.js';
import { evidenceInputSchema } from '../../schema/evidence.js';
import { toInputIssues } from '../../schema/validate.js';
import type { CollectorV1, CollectorV1Result } from '../../spec/collector-v1.js';
import type { TimeWindow } from '../../spec/time-window.js';
import { toCanonicalJson } from '../internal/to-canonical-json.js';
import { assertConformance } from './assert-conformance.js';
import { checkPluginIdentity } from './check-plugin-identity.js';
import { settleWithin } from './settle-within.js';

/** The alert and window every collector check collects for. */
export interface CollectorV1CheckInput {
  /** Passed to `doCollect` as is. */
  readonly alert: Alert;
  /** Passed to `doCollect`; evidence must lie inside it. */
  readonly window: TimeWindow;
}

// Large enough not to constrain an ordinary collector in the checks that are not about the cap.
const generousMaxItems = 1000;

function label(collector: CollectorV1): string {
  return `collector "${String(collector.collectorId)}"`;
}

async function collect(
  collector: CollectorV1,
  input: CollectorV1CheckInput,
  maxItems = generousMaxItems,
): Promise<CollectorV1Result> {
  const result = await collector.doCollect({
    alert: input.alert,
    window: input.window,
    maxItems,
    abortSignal: new AbortController().signal,
  });
  validateCollectorV1Result(collector, result);
  return result;
}

/** `specificationVersion` is `'v1'`; `collectorId` is a non-empty string without whitespace. */
export function checkCollectorV1Identity(collector: CollectorV1): void {
  checkPluginIdentity(collector, 'collector', [{ key: 'collectorId' }]);
  const description: unknown = collector.description;
  assertConformance(
    description === undefined || typeof description === 'string',
    `${label(collector)} description must be a string when present.`,
  );
}

/**
 * `result` is an object whose `evidence` is an array of items passing `evidenceInputSchema` and whose
 * `warnings`, if present, are strings.
 */
export function validateCollectorV1Result(
  collector: CollectorV1,
  result: unknown,
): asserts result is CollectorV1Result {
  assertConformance(
    typeof result === 'object' && result !== null,
    `${label(collector)} doCollect must resolve to { evidence, warnings? }, got ${String(result)}.`,
  );
  const { evidence, warnings } = result as Record<string, unknown>;
  assertConformance(
    Array.isArray(evidence),
    `${label(collector)} doCollect must resolve with an evidence array.`,
  );
  evidence.forEach((item: unknown, index) => {
    const parsed = evidenceInputSchema.safeParse(item);
    if (!parsed.success) {
      const issues = toInputIssues(parsed.error, item)
        .map((issue) => `${issue.path || '(item)'}: ${issue.message}`)
        .join('; ');
      assertConformance(
        false,
        `${label(collector)} evidence[${index}] does not pass evidenceInputSchema: ${issues}`,
      );
    }
  });
  assertConformance(
    warnings === undefined ||
      (Array.isArray(warnings) && warnings.every((warning) => typeof warning === 'string')),
    `${label(collector)} warnings must be an array of strings when present.`,
  );
}

/** A plain call resolves with a valid result (see {@link validateCollectorV1Result}). */
export async function checkCollectorV1ResultShape(
  collector: CollectorV1,
  input: CollectorV1CheckInput,
): Promise<void> {
  await collect(collector, input);
}

/** Called with a small `maxItems`, it returns at most that many items. */
export async function checkCollectorV1RespectsMaxItems(
  collector: CollectorV1,
  input: CollectorV1CheckInput,
  maxItems = 5,
): Promise<void> {
  const result = await collect(collector, input, maxItems);
  assertConformance(
    result.evidence.length <= maxItems,
    `${label(collector)} returned ${result.evidence.length} items when called with maxItems ${maxItems}; return at most maxItems.`,
  );
}

/** Every item's `time` lies inside the requested window, bounds included. */
export async function checkCollectorV1EvidenceInsideWindow(
  collector: CollectorV1,
  input: CollectorV1CheckInput,
): Promise<void> {
  const result = await collect(collector, input);
  const start = input.window.start.getTime();
  const end = input.window.end.getTime();
  result.evidence.forEach((item, index) => {
    const time = new Date(item.time).getTime();
    assertConformance(
      time >= start && time <= end,
      `${label(collector)} evidence[${index}] is at ${new Date(time).toISOString()}, outside the window ` +
        `${input.window.start.toISOString()} .. ${input.window.end.toISOString()}; query only the window.`,
    );
  });
}

/**
 * Called with an already-aborted signal, it rejects, or resolves with no evidence, within `timeoutMs`
 * (default 2000).
 */
export async function checkCollectorV1StopsWhenAborted(
  collector: CollectorV1,
  input: CollectorV1CheckInput,
  timeoutMs = 2000,
): Promise<void> {
  const controller = new AbortController();
  controller.abort(new Error('aborted by the conformance check'));
  const what = `${label(collector)} doCollect with an already-aborted signal`;
  const settled = await settleWithin(
    // Wrapped so that a collector throwing synchronously counts as rejecting.
    (async () =>
      collector.doCollect({
        alert: input.alert,
        window: input.window,
        maxItems: generousMaxItems,
        abortSignal: controller.signal,
      }))(),
    timeoutMs,
    what,
  );
  if (settled.status === 'fulfilled') {
    const evidence: unknown = (settled.value as Partial<CollectorV1Result> | undefined)?.evidence;
    assertConformance(
      Array.isArray(evidence) && evidence.length === 0,
      `${what} resolved with evidence; it should stop and reject (or return no evidence).`,
    );
  }
}

/**
 * Two calls with the same input return the same evidence. Order is ignored, because the pipeline sorts
 * evidence by time and id itself.
 */
export async function checkCollectorV1Deterministic(
  collector: CollectorV1,
  input: CollectorV1CheckInput,
): Promise<void> {
  const first = (await collect(collector, input)).evidence.map(toCanonicalJson).sort();
  const second = (await collect(collector, input)).evidence.map(toCanonicalJson).sort();
  const onlyInFirst = first.find((item, index) => item !== second[index]);
  assertConformance(
    first.length === second.length && onlyInFirst === undefined,
    `${label(collector)} returned different evidence for the same input (${first.length} items, then ` +
      `${second.length})${onlyInFirst === undefined ? '' : `, e.g. ${onlyInFirst.slice(0, 200)}`}; collectors must be deterministic.`,
  );
}
