import { describe, expect, it } from 'vitest';
import { readFixture } from '../__fixtures__/loki-replay-server.js';
import { toMilliseconds, toNanoseconds } from './nanoseconds.js';
import { LokiResponseShapeError, parseLokiResponse } from './parse-loki-response.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { readLokiErrorMessage } from './read-loki-error-message.js';
import { serviceFromStreamLabels } from './service-from-stream-labels.js';

describe('parseLokiResponse', () => {
  it('merges the entries of all streams in time order, with their labels', () => {
    const page = parseLokiResponse(readFixture('query-range-shop.json').toString('utf8'));
    expect(page.malformedEntries).toBe(0);
    expect(page.entries.map((entry) => entry.timestamp.toString())).toEqual([
      '1772618280123456789',
      '1772618290500000000',
      '1772618341000000000',
      '1772618355000000000',
      '1772618400000000000',
    ]);
    expect(page.entries[1]?.stream).toBe(
      '{app="checkout", container="checkout", namespace="shop", pod="checkout-5c8d7b9f4-qq7wz", service_name="checkout", stream="stdout"}',
    );
  });

  it('skips malformed entries, accepts structured metadata, and rejects other shapes', () => {
    const body = JSON.stringify({
      status: 'success',
      data: {
        resultType: 'streams',
        result: [
          {
            stream: { app: 'a' },
            values: [
              ['12', 'ok', { structuredMetadata: {} }],
              [12, 'bad'],
              ['x', 'bad'],
            ],
          },
        ],
      },
    });
    const page = parseLokiResponse(body);
    expect(page.entries.map((entry) => entry.line)).toEqual(['ok']);
    expect(page.malformedEntries).toBe(2);
    expect(() => parseLokiResponse(readFixture('query-range-matrix.json').toString('utf8'))).toThrow(
      LokiResponseShapeError,
    );
    expect(() => parseLokiResponse('{"status":"error","error":"boom"}')).toThrow(/boom/);
    expect(() => parseLokiResponse(readFixture('query-range-truncated.txt').toString('utf8'))).toThrow(
      SyntaxError,
    );
  });
});

describe('Loki helpers', () => {
  it('converts between milliseconds and nanoseconds exactly', () => {
    expect(toNanoseconds(new Date('2026-03-04T06:00:00.000Z'))).toBe(1772604000000000000n);
    expect(toMilliseconds(1772618280123456789n)).toBe(1772618280123);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Wed, 04 Mar 2026 10:00:05 GMT', Date.parse('2026-03-04T10:00:00Z'))).toBe(5000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  it("reads Loki's error message from plain text or JSON bodies", () => {
    expect(readLokiErrorMessage(readFixture('query-range-parse-error.txt').toString('utf8'))).toBe(
      'parse error at line 1, col 12: syntax error: unexpected IDENTIFIER, expecting STRING',
    );
    expect(readLokiErrorMessage('{"status":"error","errorType":"bad_data","error":"invalid"}')).toBe(
      'invalid',
    );
    expect(readLokiErrorMessage('  ')).toBe('(empty body)');
  });

  it('takes the service from the first service label, skipping unknown_service', () => {
    expect(serviceFromStreamLabels({ job: 'shop/payments', app: 'payments-api' })).toBe('payments-api');
    expect(serviceFromStreamLabels({ service_name: 'unknown_service', container: 'checkout' })).toBe(
      'checkout',
    );
    expect(serviceFromStreamLabels({ filename: '/var/log/x.log' })).toBeNull();
  });
});
