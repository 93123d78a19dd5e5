import type { Severity } from '@triagekit/core';
import type { LogFormat } from './log-format.js';

/** One log line split into its header parts and the message a human would read. */
export interface ParsedLine {
  /**
   * Milliseconds since the Unix epoch (UTC), or `null` when the line has no recognisable time. Times
   * written without a zone are read as UTC; times without a year take the reference year.
   */
  readonly time: number | null;
  /** Level normalised with `normalizeSeverity`; `null` when the line names none. */
  readonly level: Severity | null;
  /** Service, logger, component or program, when the line names one. */
  readonly service: string | null;
  /** The message with the header (timestamp, level, host, pid, logger, thread...) removed; trimmed. */
  readonly message: string;
  /** Trace id, when the line carries one in a well-known field. */
  readonly traceId: string | null;
  /**
   * Key/value or JSON fields other than time, level, message and service, plus header parts such as
   * `thread`, `pid`, `host` or `caller`. Values are strings (nested JSON is stringified); `{}` when none.
   */
  readonly fields: Readonly<Record<string, string>>;
  /** Which shape the line was recognised as. */
  readonly format: LogFormat;
}

/** One log record: a parsed first line plus any continuation lines (stack trace, traceback, panic). */
export interface LogRecord extends ParsedLine {
  /** 1-based number of the record's first line in the input. */
  readonly line: number;
  /** Number of input lines in the record (at least 1). */
  readonly lineCount: number;
  /** The raw record: its lines (trailing `\r` removed, over-long lines cut) joined with `\n`. */
  readonly text: string;
}
