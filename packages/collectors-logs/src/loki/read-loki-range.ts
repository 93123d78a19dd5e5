import { describeError } from '../internal/describe-error.js';
import { type LokiEntry, lokiEntryKey } from './loki-entry.js';
import { toMilliseconds } from './nanoseconds.js';
import type { ParsedLokiPage } from './parse-loki-response.js';

/** What {@link readLokiRange} needs: the range, the limits, and how to fetch one page. */
export interface LokiRangeRequest {
  /** Inclusive, in nanoseconds since the epoch. */
  readonly startNanoseconds: bigint;
  /** Exclusive, as Loki's `end`. */
  readonly endNanoseconds: bigint;
  readonly pageLimit: number;
  readonly maxLines: number;
  /** Fetches the page starting at `start` (forward, `pageLimit` entries at most); rejects on failure. */
  readonly fetchPage: (start: bigint) => Promise<ParsedLokiPage>;
  readonly signal: AbortSignal;
}

/** The entries read, oldest first and without duplicates, and what was left out. */
export interface LokiRange {
  readonly entries: readonly LokiEntry[];
  readonly warnings: readonly string[];
}

const isoTime = (nanoseconds: bigint) => new Date(toMilliseconds(nanoseconds)).toISOString();

/**
 * Reads a time range page by page. Each next page starts at the last timestamp of the previous one
 * (inclusive) and the entries already seen at that nanosecond are dropped: starting one nanosecond later
 * would lose entries sharing it that the limit cut off. Stops when a page comes back short, at the range's
 * end, or at `maxLines` (with a warning). Rejects when the first page fails or `signal` aborts; a later
 * failure keeps what was read, with a warning.
 */
export async function readLokiRange(request: LokiRangeRequest): Promise<LokiRange> {
  const { pageLimit, maxLines } = request;
  const entries: LokiEntry[] = [];
  const warnings: string[] = [];
  let cursor = request.startNanoseconds;
  let boundary = { timestamp: -1n, keys: new Set<string>() };
  let malformedEntries = 0;
  for (;;) {
    let page: ParsedLokiPage;
    try {
      page = await request.fetchPage(cursor);
    } catch (error) {
      request.signal.throwIfAborted();
      if (entries.length === 0) throw error;
      warnings.push(
        `stopped after ${entries.length} entries, up to ${isoTime(cursor)}: ${describeError(error)}`,
      );
      break;
    }
    malformedEntries += page.malformedEntries;
    let fresh = 0;
    let capped = false;
    for (const entry of page.entries) {
      if (entry.timestamp === boundary.timestamp && boundary.keys.has(lokiEntryKey(entry))) continue;
      if (entries.length >= maxLines) {
        capped = true;
        break;
      }
      fresh += 1;
      entries.push(entry);
    }
    const last = page.entries.at(-1);
    if (capped) {
      const readUpTo = entries.at(-1);
      warnings.push(
        `stopped at ${maxLines} entries (maxLines); entries after ${isoTime(readUpTo?.timestamp ?? cursor)} ` +
          'were not read. Narrow the query (more labels, a |= filter) or raise maxLines.',
      );
      break;
    }
    if (
      last === undefined ||
      page.entries.length < pageLimit ||
      last.timestamp >= request.endNanoseconds - 1n
    ) {
      break;
    }
    if (fresh === 0) {
      // A whole page of entries at one nanosecond, all seen already: step past it rather than ask forever.
      warnings.push(
        `${pageLimit} or more entries share the timestamp ${last.timestamp} ns; any beyond the first ` +
          `${pageLimit} were not read (raise pageLimit to read them all)`,
      );
      cursor = last.timestamp + 1n;
      continue;
    }
    if (last.timestamp !== boundary.timestamp) boundary = { timestamp: last.timestamp, keys: new Set() };
    for (const entry of page.entries) {
      if (entry.timestamp === last.timestamp) boundary.keys.add(lokiEntryKey(entry));
    }
    cursor = last.timestamp;
  }
  if (malformedEntries > 0)
    warnings.push(`${malformedEntries} entries in Loki's answer were malformed and skipped`);
  return { entries, warnings };
}
