import { formatStreamSelector, type LokiEntry } from './loki-entry.js';

/** What a `query_range` response held, entries of all streams merged in time order. */
export interface ParsedLokiPage {
  /** Every entry, oldest first; equal timestamps keep the stream order Loki used. */
  readonly entries: readonly LokiEntry[];
  /** Entries skipped because their timestamp or line was not what Loki sends. */
  readonly malformedEntries: number;
}

/** The response was not a successful `query_range` log answer; the message says what it was instead. */
export class LokiResponseShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LokiResponseShapeError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readLabels(value: unknown): Record<string, string> {
  const labels: Record<string, string> = {};
  if (!isRecord(value)) return labels;
  for (const [key, label] of Object.entries(value)) if (typeof label === 'string') labels[key] = label;
  return labels;
}

/**
 * Reads the JSON of `GET /loki/api/v1/query_range`:
 * `{"status":"success","data":{"resultType":"streams","result":[{"stream":{...},"values":[["<ns>","<line>"]]}]}}`.
 * Values may carry a third element (structured metadata), which is ignored. Throws `SyntaxError` for
 * malformed JSON and {@link LokiResponseShapeError} for any other shape (a metric query's matrix included).
 */
export function parseLokiResponse(body: string): ParsedLokiPage {
  const json: unknown = JSON.parse(body);
  if (!isRecord(json)) throw new LokiResponseShapeError('the response is not a JSON object');
  if (json.status !== 'success') {
    const detail = typeof json.error === 'string' ? `: ${json.error}` : '';
    throw new LokiResponseShapeError(`the response has status ${JSON.stringify(json.status)}${detail}`);
  }
  const data = json.data;
  if (!isRecord(data)) throw new LokiResponseShapeError('the response has no "data" object');
  if (data.resultType !== 'streams') {
    throw new LokiResponseShapeError(
      `the query returned ${JSON.stringify(data.resultType)} instead of log streams; use a log query ` +
        '(a stream selector with optional filters), not a metric query',
    );
  }
  const result = data.result ?? [];
  if (!Array.isArray(result)) throw new LokiResponseShapeError('"data.result" is not an array');
  const entries: { entry: LokiEntry; order: number }[] = [];
  let malformedEntries = 0;
  for (const item of result) {
    if (!isRecord(item) || !Array.isArray(item.values)) {
      malformedEntries += 1;
      continue;
    }
    const labels = readLabels(item.stream);
    const stream = formatStreamSelector(labels);
    for (const value of item.values) {
      const [timestamp, line] = Array.isArray(value) ? value : [];
      if (typeof timestamp !== 'string' || !/^\d{1,20}$/.test(timestamp) || typeof line !== 'string') {
        malformedEntries += 1;
        continue;
      }
      entries.push({ entry: { timestamp: BigInt(timestamp), line, labels, stream }, order: entries.length });
    }
  }
  entries.sort((a, b) =>
    a.entry.timestamp < b.entry.timestamp
      ? -1
      : a.entry.timestamp > b.entry.timestamp
        ? 1
        : a.order - b.order,
  );
  return { entries: entries.map(({ entry }) => entry), malformedEntries };
}
