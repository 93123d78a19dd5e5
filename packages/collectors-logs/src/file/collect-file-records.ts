import type { TimeWindow } from '@triagekit/core';
import type { LogRecord } from '@triagekit/logs';
import { describeError } from '../internal/describe-error.js';
import { looksBinary, SNIFF_BYTES } from '../lines/content-sniffing.js';
import { createLineProgress, type LineLimits, splitLines } from '../lines/split-lines.js';
import type { BoundedEvidenceSelection } from '../records/bounded-evidence-selection.js';
import { createTimeFiller } from '../records/create-time-filler.js';
import { logRecordToEvidence } from '../records/log-record-to-evidence.js';
import { readLogRecords } from '../records/read-log-records.js';
import { openLogFile } from './open-log-file.js';

/** What {@link collectFileRecords} needs besides the path. */
export interface FileReadContext {
  readonly window: TimeWindow;
  /** Aborted by the caller or when the collector's own time budget runs out: stop reading at once. */
  readonly stop: AbortSignal;
  /** Year for timestamps that carry none (syslog). */
  readonly referenceYear: number;
  readonly limits: LineLimits;
  /** Receives the evidence of every record inside the window. */
  readonly selection: BoundedEvidenceSelection;
  /** The service of a record, given the service its line names (or `null`). */
  readonly serviceOf: (lineService: string | null, format: LogRecord['format']) => string | null;
}

/** The outcome of reading one file. */
export interface FileReadReport {
  /** False when the file could not be opened, was binary, or could not be decompressed at all. */
  readonly usable: boolean;
  /** False when `stop` cut the reading short. */
  readonly complete: boolean;
  /** Records inside the window offered to the selection. */
  readonly recordsInWindow: number;
  readonly warnings: readonly string[];
}

// zlib reports corrupt or truncated gzip data with codes such as Z_DATA_ERROR and Z_BUF_ERROR.
const isDecompressionError = (error: unknown) =>
  String((error as NodeJS.ErrnoException | undefined)?.code ?? '').startsWith('Z_');

const kibibytes = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;

/**
 * Streams one log file (plain or gzip) through line splitting and record joining, and offers each record
 * inside the window to the selection. Records without a time take the time of the nearest preceding record
 * that has one; those before the first timestamp are dropped. Never rejects: problems become warnings.
 */
export async function collectFileRecords(path: string, context: FileReadContext): Promise<FileReadReport> {
  let opened: Awaited<ReturnType<typeof openLogFile>>;
  try {
    opened = await openLogFile(path);
  } catch (error) {
    const problem = isDecompressionError(error) ? 'could not be decompressed' : 'could not be read';
    const warning = `${path}: ${problem} (${describeError(error)}); skipped it`;
    return { usable: false, complete: true, recordsInWindow: 0, warnings: [warning] };
  }
  if (looksBinary(opened.prefix)) {
    await opened.cancel();
    const warning = `${path}: looks binary (NUL bytes in its first ${kibibytes(SNIFF_BYTES)}); skipped it`;
    return { usable: false, complete: true, recordsInWindow: 0, warnings: [warning] };
  }
  const warnings: string[] = [];
  const progress = createLineProgress();
  const timeOf = createTimeFiller();
  const start = context.window.start.getTime();
  const end = context.window.end.getTime();
  let records = 0;
  let untimed = 0;
  let recordsInWindow = 0;
  try {
    const lines = splitLines(opened.chunks, context.limits, progress);
    for await (const record of readLogRecords(lines, context)) {
      records += 1;
      const time = timeOf(record.time);
      if (time === null) {
        untimed += 1;
        continue;
      }
      if (time < start || time > end) continue;
      recordsInWindow += 1;
      const evidence = logRecordToEvidence(record, {
        time,
        service: context.serviceOf(record.service, record.format),
        attributes: { file: path },
      });
      context.selection.add(evidence, time);
    }
  } catch (error) {
    if (progress.lines === 0 && opened.compressed) {
      const warning = `${path}: could not be decompressed (${describeError(error)}); skipped it`;
      return { usable: false, complete: true, recordsInWindow: 0, warnings: [warning] };
    }
    warnings.push(
      `${path}: stopped after line ${progress.lines} (${describeError(error)}); later lines not read`,
    );
  }
  if (progress.stoppedBy === 'maxBytes') {
    warnings.push(`${path}: read only its first ${progress.bytes} bytes (maxBytes); later lines not read`);
  }
  if (progress.stoppedBy === 'maxLines') {
    warnings.push(`${path}: read only its first ${progress.lines} lines (maxLines); later lines not read`);
  }
  if (progress.cutLines > 0) {
    warnings.push(
      `${path}: ${progress.cutLines} line(s) longer than ${kibibytes(context.limits.maxLineBytes)} were cut`,
    );
  }
  if (records > 0 && untimed === records) {
    warnings.push(
      `${path}: no line has a timestamp that could be read; its ${records} record(s) were skipped`,
    );
  }
  return { usable: true, complete: !context.stop.aborted, recordsInWindow, warnings };
}
