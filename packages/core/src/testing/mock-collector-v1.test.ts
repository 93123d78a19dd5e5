import { describe, expect, it } from 'vitest';
import type { CollectorV1CollectOptions } from '../spec/collector-v1.js';
import { createSampleAlert } from './fixtures/sample-alert.js';
import { createSampleTimeWindow } from './fixtures/sample-time-window.js';
import { MockCollectorV1 } from './mock-collector-v1.js';

function collectOptions(overrides: Partial<CollectorV1CollectOptions> = {}): CollectorV1CollectOptions {
  return {
    alert: createSampleAlert(),
    window: createSampleTimeWindow(),
    maxItems: 100,
    abortSignal: new AbortController().signal,
    ...overrides,
  };
}

const neverSettled = Symbol('never settled');

async function settledWithin(promise: Promise<unknown>, milliseconds: number): Promise<unknown> {
  return Promise.race([
    promise.then(
      () => 'resolved',
      () => 'rejected',
    ),
    new Promise((resolve) => setTimeout(() => resolve(neverSettled), milliseconds)),
  ]);
}

describe('MockCollectorV1', () => {
  it('defaults to id "mock" and no evidence', async () => {
    const collector = new MockCollectorV1();
    expect(collector.specificationVersion).toBe('v1');
    expect(collector.collectorId).toBe('mock');
    expect(await collector.doCollect(collectOptions())).toEqual({ evidence: [] });
  });

  it('returns the configured evidence and warnings, as copies', async () => {
    const evidence = [{ kind: 'log' as const, time: '2026-03-04T09:00:00Z', text: 'boom' }];
    const collector = new MockCollectorV1({ collectorId: 'logs', evidence, warnings: ['page 2 was cut'] });
    const result = await collector.doCollect(collectOptions());
    expect(result).toEqual({ evidence, warnings: ['page 2 was cut'] });
    expect(result.evidence).not.toBe(evidence);
  });

  it('computes evidence from the call options when given a function', async () => {
    const collector = new MockCollectorV1({
      evidence: ({ window }) => [{ kind: 'note', time: window.start, text: 'start' }],
    });
    const options = collectOptions();
    expect((await collector.doCollect(options)).evidence).toEqual([
      { kind: 'note', time: options.window.start, text: 'start' },
    ]);
  });

  it('does not cut evidence to maxItems, so pipeline caps can be tested', async () => {
    const evidence = Array.from({ length: 8 }, (_, index) => ({
      kind: 'log' as const,
      time: '2026-03-04T09:00:00Z',
      text: `line ${index}`,
    }));
    const collector = new MockCollectorV1({ evidence });
    expect((await collector.doCollect(collectOptions({ maxItems: 3 }))).evidence).toHaveLength(8);
  });

  it('records every call, including failed ones', async () => {
    const error = new Error('forbidden');
    const collector = new MockCollectorV1({ error });
    const first = collectOptions();
    const second = collectOptions({ maxItems: 7 });
    await expect(collector.doCollect(first)).rejects.toBe(error);
    await expect(collector.doCollect(second)).rejects.toBe(error);
    expect(collector.calls).toEqual([first, second]);
  });

  it('waits delayMs before answering', async () => {
    const collector = new MockCollectorV1({ delayMs: 40 });
    const started = performance.now();
    await collector.doCollect(collectOptions());
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it('rejects with the signal reason as soon as a hanging call is aborted', async () => {
    const collector = new MockCollectorV1({ hang: true });
    const controller = new AbortController();
    const call = collector.doCollect(collectOptions({ abortSignal: controller.signal }));
    expect(await settledWithin(call, 30)).toBe(neverSettled);
    const reason = new Error('collector timeout');
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
  });

  it('rejects at once when the signal was aborted before the call', async () => {
    const controller = new AbortController();
    controller.abort(new Error('already gone'));
    const collector = new MockCollectorV1({
      evidence: [{ kind: 'log', time: '2026-03-04T09:00:00Z', text: 'x' }],
    });
    await expect(collector.doCollect(collectOptions({ abortSignal: controller.signal }))).rejects.toThrow(
      'already gone',
    );
  });

  it('aborts a delay early', async () => {
    const collector = new MockCollectorV1({ delayMs: 10_000 });
    const controller = new AbortController();
    const call = collector.doCollect(collectOptions({ abortSignal: controller.signal }));
    controller.abort(new Error('stop'));
    expect(await settledWithin(call, 200)).toBe('rejected');
  });

  it('with ignoreAbort, finishes its delay despite the abort', async () => {
    const collector = new MockCollectorV1({
      delayMs: 20,
      ignoreAbort: true,
      evidence: [{ kind: 'log', time: '2026-03-04T09:00:00Z', text: 'late' }],
    });
    const controller = new AbortController();
    controller.abort();
    const result = await collector.doCollect(collectOptions({ abortSignal: controller.signal }));
    expect(result.evidence).toHaveLength(1);
  });

  it('with hang and ignoreAbort, never settles even when aborted', async () => {
    const collector = new MockCollectorV1({ hang: true, ignoreAbort: true });
    const controller = new AbortController();
    const call = collector.doCollect(collectOptions({ abortSignal: controller.signal }));
    controller.abort();
    expect(await settledWithin(call, 50)).toBe(neverSettled);
  });
});
