import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { CollectorError, type CollectorV1 } from '@triagekit/core';
import {
  createSampleAlert,
  createSampleTimeWindow,
  describeCollectorV1Conformance,
} from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { createStdinLogCollector } from './stdin-log-collector.js';

const lines = [
  '2026-03-04T05:00:00.000Z INFO before the window\n',
  '2026-03-04T09:58:00.000Z ERROR checkout: payment call failed\n',
  'Traceback (most recent call last):\n  File "app.py", line 12, in pay\n',
  'TimeoutError: upstream timed out\n',
  'level=warn ts=2026-03-04T09:59:00Z service=checkout msg="retrying"\n',
  '2026-03-04T10:05:00.000Z INFO recovered\n',
];

function collect(collector: CollectorV1, signal = new AbortController().signal, maxItems = 1000) {
  return collector.doCollect({
    alert: createSampleAlert(),
    window: createSampleTimeWindow(),
    abortSignal: signal,
    maxItems,
  });
}

describe('createStdinLogCollector', () => {
  it('parses a stream split at arbitrary points and keeps the records inside the window', async () => {
    const text = lines.join('');
    const chunks = [text.slice(0, 37), text.slice(37, 120), text.slice(120)];
    const collector = createStdinLogCollector({ input: Readable.from(chunks), service: 'checkout' });
    const { evidence, warnings } = await collect(collector);
    expect(warnings).toEqual([]);
    expect(evidence.map((item) => item.time)).toEqual([
      '2026-03-04T09:58:00.000Z',
      '2026-03-04T09:59:00.000Z',
      '2026-03-04T10:05:00.000Z',
    ]);
    expect(evidence[0]).toMatchObject({
      kind: 'log',
      service: 'checkout',
      severity: 'error',
      attributes: { source: 'stdin', line: 2, lineCount: 4 },
    });
    expect(evidence[0]?.text).toContain('TimeoutError: upstream timed out');
    expect(evidence[1]?.severity).toBe('warning');
  });

  it('reads the stream once: a second call returns the buffered records', async () => {
    let reads = 0;
    async function* source() {
      reads += 1;
      yield lines.join('');
    }
    const collector = createStdinLogCollector({ input: source() });
    const first = await collect(collector);
    const second = await collect(collector);
    expect(reads).toBe(1);
    expect(second).toEqual(first);
    expect(first.evidence).toHaveLength(3);
  });

  it('reads gzip input, told by its magic bytes', async () => {
    const collector = createStdinLogCollector({ input: Readable.from([gzipSync(lines.join(''))]) });
    const { evidence } = await collect(collector);
    expect(evidence.map((item) => item.time)).toHaveLength(3);
  });

  it('rejects binary input with a CollectorError', async () => {
    const collector = createStdinLogCollector({
      input: Readable.from([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1])]),
    });
    const error = await collect(collector).catch((caught: unknown) => caught);
    expect(CollectorError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/looks binary/);
  });

  it('returns what it read when the input does not end in time, and reads on in the next call', async () => {
    const input = new PassThrough();
    const collector = createStdinLogCollector({ input, timeoutMs: 300 });
    input.write(lines[1]);
    input.write(lines[4]);
    const partial = await collect(collector);
    expect(partial.evidence.map((item) => item.time)).toEqual(['2026-03-04T09:58:00.000Z']);
    expect(partial.warnings).toEqual([expect.stringMatching(/had not ended after 300 ms \(timeoutMs\)/)]);
    input.end(lines[5]);
    const complete = await collect(collector);
    expect(complete.warnings).toEqual([]);
    expect(complete.evidence.map((item) => item.time)).toEqual([
      '2026-03-04T09:58:00.000Z',
      '2026-03-04T09:59:00.000Z',
      '2026-03-04T10:05:00.000Z',
    ]);
  });

  it('rejects promptly when aborted while waiting for input that never ends', async () => {
    const input = new PassThrough();
    const collector = createStdinLogCollector({ input });
    const controller = new AbortController();
    const reason = new Error('run aborted');
    const started = Date.now();
    const pending = collect(collector, controller.signal);
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(10_000);
    input.destroy();
  });

  it('stops at maxLines with a warning', async () => {
    const collector = createStdinLogCollector({ input: Readable.from([lines.join('')]), maxLines: 2 });
    const { evidence, warnings } = await collect(collector);
    expect(evidence.map((item) => item.time)).toEqual(['2026-03-04T09:58:00.000Z']);
    expect(warnings).toEqual(['read only the first 2 lines of the input (maxLines)']);
  });
});

describeCollectorV1Conformance({
  name: 'stdin log collector',
  create: () => createStdinLogCollector({ input: Readable.from([lines.join('')]) }),
});
