import type { LogRecord } from '@triagekit/logs';
import { describeError } from '../internal/describe-error.js';
import { waitOrAbort } from '../internal/wait-or-abort.js';
import { guardAgainstBinary } from '../lines/guard-against-binary.js';
import { openLogStream } from '../lines/open-log-stream.js';
import { createLineProgress, type LineLimits, splitLines } from '../lines/split-lines.js';
import { createTimeFiller } from '../records/create-time-filler.js';
import { readLogRecords } from '../records/read-log-records.js';

/** A record read from the stream, with the time it has or inherited (milliseconds since the epoch). */
export interface BufferedRecord {
  readonly record: LogRecord;
  readonly time: number;
}

/** Options of {@link StreamRecordBuffer}. */
export interface StreamRecordBufferOptions {
  /** Returns the stream; called once, on the first read. */
  readonly source: () => AsyncIterable<unknown>;
  readonly limits: LineLimits;
}

/**
 * Reads a one-shot stream of log lines once and keeps its records, so that every later caller sees the same
 * records. Reading goes on only while at least one caller waits: a caller that gives up (abort, timeout)
 * leaves the stream paused where it was, and the next caller reads on from there, losing nothing.
 */
export class StreamRecordBuffer {
  /** Every record read so far, in input order; records before the first timestamp are not kept. */
  readonly records: BufferedRecord[] = [];
  /** Degraded outcomes: limits reached, lines cut, a read error after some records. */
  readonly warnings: string[] = [];
  private readonly options: StreamRecordBufferOptions;
  private iterator: AsyncIterator<LogRecord> | undefined;
  // Set by the first call (from its window), before the stream is opened.
  private referenceYear = 0;
  private readonly timeOf = createTimeFiller();
  private readonly progress = createLineProgress();
  private waiters = 0;
  private pumping = false;
  private state: 'reading' | 'ended' | 'failed' = 'reading';
  private failure: unknown;
  private readonly settled: Promise<void>;
  private settle!: () => void;

  constructor(options: StreamRecordBufferOptions) {
    this.options = options;
    this.settled = new Promise<void>((resolve) => {
      this.settle = resolve;
    });
  }

  /**
   * Resolves once the whole stream is read; rejects with the signal's reason when `signal` aborts first
   * (reading pauses then, unless another caller still waits), and with the read error when nothing could
   * be read. `referenceYear` applies to timestamps without a year, from the first call on.
   */
  async readAll(signal: AbortSignal, referenceYear: number): Promise<void> {
    signal.throwIfAborted();
    if (this.iterator === undefined && !this.pumping) this.referenceYear = referenceYear;
    this.waiters += 1;
    try {
      if (!this.pumping && this.state === 'reading') {
        this.pumping = true;
        void this.pump();
      }
      await waitOrAbort(this.settled, signal);
    } finally {
      this.waiters -= 1;
    }
    if (this.state === 'failed') throw this.failure;
  }

  private async open(): Promise<AsyncIterator<LogRecord>> {
    // Peek only what the first chunk brings: a live stream must be read as it comes, not in 8 KiB steps.
    const opened = await openLogStream(this.options.source(), 1);
    const lines = splitLines(guardAgainstBinary(opened.chunks), this.options.limits, this.progress);
    // Never aborted: pausing is done by not pulling, so that no record is lost between callers.
    const stop = new AbortController().signal;
    return readLogRecords(lines, { referenceYear: this.referenceYear, stop })[Symbol.asyncIterator]();
  }

  private async pump(): Promise<void> {
    try {
      this.iterator ??= await this.open();
      while (this.waiters > 0 && this.state === 'reading') {
        const next = await this.iterator.next();
        if (next.done) this.end();
        else this.keep(next.value);
      }
    } catch (error) {
      this.fail(error);
    } finally {
      // Set in the same step as the loop's last check, so a caller arriving now starts a new pump.
      this.pumping = false;
    }
  }

  private keep(record: LogRecord): void {
    const time = this.timeOf(record.time);
    if (time !== null) this.records.push({ record, time });
  }

  private end(): void {
    const { stoppedBy, lines, bytes, cutLines } = this.progress;
    if (stoppedBy === 'maxLines')
      this.warnings.push(`read only the first ${lines} lines of the input (maxLines)`);
    if (stoppedBy === 'maxBytes')
      this.warnings.push(`read only the first ${bytes} bytes of the input (maxBytes)`);
    if (cutLines > 0) {
      const kibibytes = Math.round(this.options.limits.maxLineBytes / 1024);
      this.warnings.push(`${cutLines} input line(s) longer than ${kibibytes} KiB were cut`);
    }
    if (lines > 0 && this.records.length === 0) {
      this.warnings.push('no input line has a timestamp that could be read; every record was skipped');
    }
    this.state = 'ended';
    this.settle();
  }

  private fail(error: unknown): void {
    if (this.records.length > 0) {
      this.warnings.push(
        `reading the input failed after line ${this.progress.lines} (${describeError(error)})`,
      );
      this.end();
      return;
    }
    this.failure = error;
    this.state = 'failed';
    this.settle();
  }
}
