import { type LogRecord, LogRecordReader } from '@triagekit/logs';

function isBlank(record: LogRecord): boolean {
  return record.text.trim().length === 0;
}

/**
 * Joins lines into log records (a stack trace joins the line before it) and yields them in order, without
 * blank ones (an empty line is no evidence). Ends early, without an error, as soon as `stop` is aborted;
 * the caller decides what that means.
 */
export async function* readLogRecords(
  lines: AsyncIterable<string>,
  options: { referenceYear: number; stop: AbortSignal },
): AsyncGenerator<LogRecord> {
  const reader = new LogRecordReader({ referenceYear: options.referenceYear });
  for await (const line of lines) {
    if (options.stop.aborted) return;
    for (const record of reader.push(line)) if (!isBlank(record)) yield record;
  }
  if (options.stop.aborted) return;
  for (const record of reader.flush()) if (!isBlank(record)) yield record;
}
