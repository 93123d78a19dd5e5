import { CollectorError, type CollectorV1, type CollectorV1CollectOptions } from '@triagekit/core';
import { describeError } from '../internal/describe-error.js';
import {
  checkCollectorId,
  checkNonNegativeInteger,
  checkPositiveInteger,
  throwIfIssues,
} from '../internal/option-checks.js';
import { BoundedEvidenceSelection } from '../records/bounded-evidence-selection.js';
import { cleanServiceName } from '../records/clean-service-name.js';
import { describeCap } from '../records/describe-cap.js';
import { logRecordToEvidence } from '../records/log-record-to-evidence.js';
import { StreamRecordBuffer } from './stream-record-buffer.js';

/** Options of {@link createStdinLogCollector}. */
export interface StdinLogCollectorOptions {
  /** Stable id; evidence ids derive from it. Default `'stdin'`. */
  readonly collectorId?: string;
  /**
   * The byte stream to read: chunks are concatenated and split at `\n`, so send line breaks. Plain text or
   * gzip (told by the content). Default `process.stdin`, touched only on the first `doCollect`.
   */
  readonly input?: NodeJS.ReadableStream | AsyncIterable<string | Uint8Array>;
  /** The service of every record. Default: the service the line names, else none (`null`). */
  readonly service?: string;
  /** Most lines read from the input; the rest is not read, with a warning. Default 1,000,000. */
  readonly maxLines?: number;
  /** Most bytes read from the input (after decompression), with a warning. Default 268,435,456 (256 MiB). */
  readonly maxBytes?: number;
  /**
   * How long one `doCollect` waits for the input to end, in milliseconds. When it runs out, the records
   * read so far are returned with a warning, and a later call reads on. Default 20,000.
   */
  readonly timeoutMs?: number;
  /** Year for timestamps without one (classic syslog). Default: the UTC year of the first window's end. */
  readonly referenceYear?: number;
}

/** Default {@link StdinLogCollectorOptions.maxLines}. */
export const DEFAULT_STDIN_MAX_LINES = 1_000_000;
/** Default {@link StdinLogCollectorOptions.maxBytes}: 256 MiB. */
export const DEFAULT_STDIN_MAX_BYTES = 256 * 1024 * 1024;
/** Default {@link StdinLogCollectorOptions.timeoutMs}. */
export const DEFAULT_STDIN_TIMEOUT_MS = 20_000;
const maxLineBytes = 1024 * 1024;

function validate(options: StdinLogCollectorOptions): void {
  const input: unknown = options.input;
  const inputValid =
    input === undefined ||
    (typeof input === 'object' && input !== null && Symbol.asyncIterator in (input as object));
  const serviceValid = options.service === undefined || Boolean(cleanServiceName(options.service));
  throwIfIssues('stdin log collector options', [
    ...checkCollectorId('collectorId', options.collectorId),
    ...(inputValid
      ? []
      : [{ path: 'input', message: 'must be a readable stream (async iterable of chunks)' }]),
    ...(serviceValid ? [] : [{ path: 'service', message: 'must be a non-blank string' }]),
    ...checkPositiveInteger('maxLines', options.maxLines),
    ...checkPositiveInteger('maxBytes', options.maxBytes),
    ...checkPositiveInteger('timeoutMs', options.timeoutMs),
    ...checkNonNegativeInteger('referenceYear', options.referenceYear),
  ]);
}

/**
 * A read-only collector for log lines on standard input (or any readable stream): the same parsing as the
 * file collector (formats detected, stack traces joined, gzip recognised), each record inside the window
 * becoming `{ kind: 'log', time, service, severity, text, attributes: { source: 'stdin', line, format,
 * traceId? } }`. Records without a timestamp take the time of the nearest preceding record that has one, and
 * are dropped when there is none.
 *
 * A stream can be read only once: the first `doCollect` reads it to its end and keeps the records (up to
 * `maxLines`), and every later call returns the kept records again, filtered by its own window and
 * `maxItems`. Rejects with a `CollectorError` when the input is binary, fails before any record, or gives no
 * record before `timeoutMs`; with the abort reason when the signal aborts. Throws `InvalidInputError` on
 * invalid options.
 */
export function createStdinLogCollector(options: StdinLogCollectorOptions = {}): CollectorV1 {
  validate(options);
  const collectorId = options.collectorId ?? 'stdin';
  const timeoutMs = options.timeoutMs ?? DEFAULT_STDIN_TIMEOUT_MS;
  const service = cleanServiceName(options.service);
  const buffer = new StreamRecordBuffer({
    source: () => options.input ?? process.stdin,
    limits: {
      maxLines: options.maxLines ?? DEFAULT_STDIN_MAX_LINES,
      maxBytes: options.maxBytes ?? DEFAULT_STDIN_MAX_BYTES,
      maxLineBytes,
    },
  });

  async function doCollect({ window, abortSignal, maxItems }: CollectorV1CollectOptions) {
    abortSignal.throwIfAborted();
    const stop = AbortSignal.any([abortSignal, AbortSignal.timeout(timeoutMs)]);
    let timedOut = false;
    try {
      await buffer.readAll(stop, options.referenceYear ?? window.end.getUTCFullYear());
    } catch (error) {
      abortSignal.throwIfAborted();
      if (!stop.aborted) {
        throw new CollectorError({
          collectorId,
          message: `Could not read log lines from the input: ${describeError(error)}. Pipe plain-text or gzip logs.`,
          cause: error,
        });
      }
      timedOut = true;
    }
    if (timedOut && buffer.records.length === 0) {
      throw new CollectorError({
        collectorId,
        message: `The input gave no log record within ${timeoutMs} ms (timeoutMs); make sure it is piped and ends.`,
      });
    }
    const start = window.start.getTime();
    const end = window.end.getTime();
    const selection = new BoundedEvidenceSelection(maxItems);
    for (const { record, time } of buffer.records) {
      if (time < start || time > end) continue;
      const evidence = logRecordToEvidence(record, {
        time,
        service: service ?? cleanServiceName(record.service),
        attributes: { source: 'stdin' },
      });
      selection.add(evidence, time);
    }
    const warnings = [...buffer.warnings];
    if (timedOut) {
      warnings.push(
        `the input had not ended after ${timeoutMs} ms (timeoutMs); used the ${buffer.records.length} record(s) read so far`,
      );
    }
    const capWarning = describeCap(selection.offered, selection.capacity, 'log records');
    if (capWarning) warnings.push(capWarning);
    return { evidence: selection.items(), warnings };
  }

  return {
    specificationVersion: 'v1',
    collectorId,
    description: options.input ? 'log lines from a stream' : 'log lines from standard input',
    doCollect,
  };
}
