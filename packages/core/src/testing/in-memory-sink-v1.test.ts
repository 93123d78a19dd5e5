import { describe, expect, it } from 'vitest';
import { createSampleTriageReport } from './fixtures/sample-report.js';
import { InMemorySinkV1 } from './in-memory-sink-v1.js';

describe('InMemorySinkV1', () => {
  it('stores copies of exported reports and says where', async () => {
    const sink = new InMemorySinkV1();
    const report = createSampleTriageReport();
    expect(await sink.doExport({ report })).toEqual({ ok: true, location: 'memory://in-memory/reports/0' });
    expect(sink.reports).toEqual([report]);
    expect(sink.reports[0]).not.toBe(report);
    expect(sink.attempts).toBe(1);
  });

  it('fails the first failTimes attempts, then delivers', async () => {
    const sink = new InMemorySinkV1({ sinkId: 'flaky', failTimes: 2 });
    const report = createSampleTriageReport();
    const first = await sink.doExport({ report });
    expect(first).toMatchObject({ ok: false, retryable: true });
    expect(await sink.doExport({ report })).toMatchObject({ ok: false, retryable: true });
    expect(await sink.doExport({ report })).toEqual({ ok: true, location: 'memory://flaky/reports/0' });
    expect(sink.attempts).toBe(3);
    expect(sink.reports).toHaveLength(1);
  });

  it('reports simulated failures as not retryable when told to', async () => {
    const sink = new InMemorySinkV1({ failTimes: 1, retryable: false });
    expect(await sink.doExport({ report: createSampleTriageReport() })).toMatchObject({
      ok: false,
      retryable: false,
    });
  });

  it('does not deliver when aborted, and does not throw', async () => {
    const sink = new InMemorySinkV1();
    const controller = new AbortController();
    controller.abort();
    const result = await sink.doExport({
      report: createSampleTriageReport(),
      abortSignal: controller.signal,
    });
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(sink.reports).toEqual([]);
  });

  it('refuses every export after shutdown', async () => {
    const sink = new InMemorySinkV1({ sinkId: 'memo' });
    await sink.shutdown();
    await sink.shutdown();
    expect(sink.isShutDown).toBe(true);
    expect(await sink.doExport({ report: createSampleTriageReport() })).toEqual({
      ok: false,
      retryable: false,
      message: 'sink "memo" is shut down',
    });
    expect(sink.reports).toEqual([]);
    expect(sink.attempts).toBe(1);
  });

  it('returns a failure instead of throwing when a report cannot be copied', async () => {
    const sink = new InMemorySinkV1();
    const report = { ...createSampleTriageReport(), summaryStatus: (() => 'x') as unknown as string };
    expect(await sink.doExport({ report })).toMatchObject({ ok: false, retryable: false });
  });
});
