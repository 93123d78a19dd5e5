import { describe, expect, it } from 'vitest';
import { formatStreamSelector, type LokiEntry } from './loki-entry.js';
import type { ParsedLokiPage } from './parse-loki-response.js';
import { readLokiRange } from './read-loki-range.js';

function entry(timestamp: bigint, line: string): LokiEntry {
  const labels = { app: 'payments-api' };
  return { timestamp, line, labels, stream: formatStreamSelector(labels) };
}

/** A fake Loki over `all` (sorted): the first `limit` entries at or after `start`, as Loki pages forward. */
function fakeLoki(all: readonly LokiEntry[], limit: number) {
  const starts: bigint[] = [];
  const fetchPage = async (start: bigint): Promise<ParsedLokiPage> => {
    starts.push(start);
    return { entries: all.filter((item) => item.timestamp >= start).slice(0, limit), malformedEntries: 0 };
  };
  return { starts, fetchPage };
}

const range = { startNanoseconds: 0n, endNanoseconds: 1000n, signal: new AbortController().signal };

describe('readLokiRange', () => {
  it('loses no entry that shares the boundary nanosecond and repeats none', async () => {
    const all = [
      entry(1n, 'a'),
      entry(2n, 'b'),
      entry(3n, 'c'),
      entry(3n, 'd'),
      entry(3n, 'e'),
      entry(4n, 'f'),
    ];
    const loki = fakeLoki(all, 4);
    const { entries, warnings } = await readLokiRange({
      ...range,
      pageLimit: 4,
      maxLines: 100,
      fetchPage: loki.fetchPage,
    });
    expect(entries.map((item) => item.line)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(loki.starts).toEqual([0n, 3n, 4n]);
    expect(warnings).toEqual([]);
  });

  it('steps past a nanosecond holding more entries than a page, with a warning', async () => {
    const all = [entry(5n, 'a'), entry(5n, 'b'), entry(5n, 'c'), entry(6n, 'd')];
    const loki = fakeLoki(all, 2);
    const { entries, warnings } = await readLokiRange({
      ...range,
      pageLimit: 2,
      maxLines: 100,
      fetchPage: loki.fetchPage,
    });
    expect(entries.map((item) => item.line)).toEqual(['a', 'b', 'd']);
    expect(loki.starts).toEqual([0n, 5n, 6n]);
    expect(warnings).toEqual([expect.stringMatching(/^2 or more entries share the timestamp 5 ns/)]);
  });

  it('stops at the end of the range without asking for an empty page', async () => {
    const all = [entry(998n, 'a'), entry(999n, 'b')];
    const loki = fakeLoki(all, 2);
    const { entries } = await readLokiRange({
      ...range,
      pageLimit: 2,
      maxLines: 100,
      fetchPage: loki.fetchPage,
    });
    expect(entries).toHaveLength(2);
    expect(loki.starts).toEqual([0n]);
  });

  it('rethrows a failure of the first page and keeps earlier pages on a later one', async () => {
    const failing = async (): Promise<ParsedLokiPage> => {
      throw new Error('boom');
    };
    await expect(
      readLokiRange({ ...range, pageLimit: 2, maxLines: 100, fetchPage: failing }),
    ).rejects.toThrow('boom');
    let calls = 0;
    const flaky = async (): Promise<ParsedLokiPage> => {
      calls += 1;
      if (calls > 1) throw new Error('HTTP 502');
      return { entries: [entry(1n, 'a'), entry(2n, 'b')], malformedEntries: 1 };
    };
    const { entries, warnings } = await readLokiRange({
      ...range,
      pageLimit: 2,
      maxLines: 100,
      fetchPage: flaky,
    });
    expect(entries).toHaveLength(2);
    expect(warnings).toEqual([
      'stopped after 2 entries, up to 1970-01-01T00:00:00.000Z: HTTP 502',
      "1 entries in Loki's answer were malformed and skipped",
    ]);
  });
});
