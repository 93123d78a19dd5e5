import { normalizeSeverity, type Severity } from '@triagekit/core';
import {
  continueRecord,
  isIndented,
  TRACEBACK_HEADER,
  type TraceKind,
  traceKindOfFirstLine,
} from './continuation-line.js';
import { cutLongLine } from './cut-long-line.js';
import { type ParseLogLineOptions, parseLogLine } from './parse-log-line.js';
import type { LogRecord, ParsedLine } from './parsed-line.js';

/** Options for {@link LogRecordReader}. */
export interface LogRecordReaderOptions extends ParseLogLineOptions {
  /** Most lines in one record; a longer trace is emitted and continues as a new record. Default 200. */
  readonly maxRecordLines?: number;
  /** Most UTF-8 bytes in one record (lines plus separators); then as `maxRecordLines`. Default 64 KiB. */
  readonly maxRecordBytes?: number;
  /** Longer lines are cut to this many UTF-8 bytes plus a ` …[cut N bytes]` marker. Default 64 KiB. */
  readonly maxLineBytes?: number;
}

/** Blank lines held while waiting to see whether a trace continues after them (Go panics, chained tracebacks). */
const MAX_HELD_BLANK_LINES = 2;

const TRACE_LEVELS: Readonly<Record<TraceKind, Severity | null>> = {
  none: null,
  java: normalizeSeverity('error'),
  python: normalizeSeverity('error'),
  go: normalizeSeverity('panic'),
};

interface OpenRecord {
  readonly parsed: ParsedLine;
  readonly line: number;
  readonly lines: string[];
  /** UTF-8 bytes so far, or -1 until a second line makes the byte cap matter. */
  bytes: number;
  kind: TraceKind;
  /** The last un-indented line after a `Traceback` header: the exception a human would quote. */
  exceptionLine: string | null;
}

interface HeldBlank {
  readonly line: number;
  readonly text: string;
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/** Whether `text` holds only blanks (or nothing); stops at the first other character. */
function isBlankLine(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

function byteLength(text: string): number {
  // Pure-ASCII lines (the common case) need no encoding pass: one byte per unit.
  return text.length < 256 && !/[\u0080-\uffff]/.test(text) ? text.length : Buffer.byteLength(text, 'utf8');
}

/**
 * Turns a stream of raw lines into {@link LogRecord}s, joining multi-line records: Java stack traces
 * (`\tat ...`, `Caused by:`, `... 12 more`, an exception class line right after a record), Python
 * tracebacks (through the final `ValueError: ...`) and Go panics (goroutines, frames, `exit status 2`).
 * A line without a header of its own never starts a record when it can continue one; a line with a
 * recognisable header always starts a new record. Blank lines become `plain` records with message `''`
 * (or are kept inside a trace they sit in), so line numbers stay exact.
 *
 * Push lines in order without their line breaks (a trailing `\r` is removed); each push returns the records
 * it completed, in order; {@link LogRecordReader.flush} returns the rest. Deterministic; never throws.
 */
export class LogRecordReader {
  readonly #parseOptions: ParseLogLineOptions;
  readonly #maxRecordLines: number;
  readonly #maxRecordBytes: number;
  readonly #maxLineBytes: number;
  #lineNumber = 0;
  #open: OpenRecord | null = null;
  #heldBlanks: HeldBlank[] = [];

  constructor(options: LogRecordReaderOptions = {}) {
    this.#parseOptions = { referenceYear: options.referenceYear };
    this.#maxRecordLines = positiveOr(options.maxRecordLines, 200);
    this.#maxRecordBytes = positiveOr(options.maxRecordBytes, 64 * 1024);
    this.#maxLineBytes = positiveOr(options.maxLineBytes, 64 * 1024);
  }

  /** Adds the next line; returns the records it completed (often none, at most a few), oldest first. */
  push(line: string): LogRecord[] {
    const output: LogRecord[] = [];
    this.#lineNumber++;
    let text = typeof line === 'string' ? line : String(line ?? '');
    if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    text = cutLongLine(text, this.#maxLineBytes);
    try {
      this.#accept(text, output);
    } catch {
      // Defensive: a reader bug must not lose the line or stop the stream.
      this.#emitOpen(output);
      this.#emitHeldBlanks(output);
      output.push(this.#record(parseLogLine(''), this.#lineNumber, [text], 'none', null));
    }
    return output;
  }

  /** Ends the stream: returns the open record and any held blank lines. The reader stays usable. */
  flush(): LogRecord[] {
    const output: LogRecord[] = [];
    this.#emitOpen(output);
    this.#emitHeldBlanks(output);
    return output;
  }

  #accept(text: string, output: LogRecord[]): void {
    if (isBlankLine(text)) {
      this.#acceptBlank(text, output);
      return;
    }
    const parsed = parseLogLine(text, this.#parseOptions);
    const open = this.#open;
    if (open !== null && !this.#hasHeader(parsed, text)) {
      const kind = continueRecord(text, {
        kind: open.kind,
        lineCount: open.lines.length,
        previousLine: open.lines[open.lines.length - 1] ?? '',
        afterBlank: this.#heldBlanks.length > 0,
      });
      if (kind !== null) {
        this.#continue(open, text, kind, parsed, output);
        return;
      }
    }
    this.#emitOpen(output);
    this.#emitHeldBlanks(output);
    // Lines with a timestamp open ordinary records; only headerless ones can open a bare trace.
    this.#start(parsed, text, parsed.time === null ? traceKindOfFirstLine(text) : 'none');
  }

  #acceptBlank(text: string, output: LogRecord[]): void {
    if (this.#open === null) {
      output.push(this.#record(parseLogLine(''), this.#lineNumber, [text], 'none', null));
      return;
    }
    this.#heldBlanks.push({ line: this.#lineNumber, text });
    if (this.#heldBlanks.length > MAX_HELD_BLANK_LINES) {
      this.#emitOpen(output);
      this.#emitHeldBlanks(output);
    }
  }

  /** Indented lines count as headed only with a timestamp: code in a traceback can look like a header. */
  #hasHeader(parsed: ParsedLine, text: string): boolean {
    if (parsed.format === 'plain') return false;
    return !isIndented(text) || parsed.time !== null;
  }

  #continue(open: OpenRecord, text: string, kind: TraceKind, parsed: ParsedLine, output: LogRecord[]): void {
    const held = this.#heldBlanks;
    if (open.bytes < 0) open.bytes = byteLength(open.lines[0] ?? '');
    let addedBytes = byteLength(text) + 1;
    for (const blank of held) addedBytes += byteLength(blank.text) + 1;
    const fits =
      open.lines.length + held.length + 1 <= this.#maxRecordLines &&
      open.bytes + addedBytes <= this.#maxRecordBytes;
    if (!fits) {
      this.#emitOpen(output);
      this.#emitHeldBlanks(output);
      // The trace goes on in a new record, which keeps the kind so its own continuation lines still join.
      this.#start(parsed, text, kind);
      return;
    }
    for (const blank of held) open.lines.push(blank.text);
    held.length = 0;
    open.lines.push(text);
    open.bytes += addedBytes;
    open.kind = kind;
    if (kind === 'python' && !isIndented(text) && isIndented(open.lines[open.lines.length - 2] ?? '')) {
      open.exceptionLine = text.trim();
    }
  }

  #start(parsed: ParsedLine, text: string, kind: TraceKind): void {
    this.#open = {
      parsed,
      line: this.#lineNumber,
      lines: [text],
      bytes: -1,
      kind,
      exceptionLine: null,
    };
  }

  #emitOpen(output: LogRecord[]): void {
    const open = this.#open;
    if (open === null) return;
    this.#open = null;
    output.push(this.#record(open.parsed, open.line, open.lines, open.kind, open.exceptionLine));
  }

  #emitHeldBlanks(output: LogRecord[]): void {
    for (const blank of this.#heldBlanks) {
      output.push(this.#record(parseLogLine(''), blank.line, [blank.text], 'none', null));
    }
    this.#heldBlanks = [];
  }

  #record(
    parsed: ParsedLine,
    line: number,
    lines: readonly string[],
    kind: TraceKind,
    exceptionLine: string | null,
  ): LogRecord {
    const first = lines[0] ?? '';
    // A record that is only a traceback is best named by its final exception line, not "Traceback (...)".
    const message =
      exceptionLine !== null && parsed.format === 'plain' && first.trimStart().startsWith(TRACEBACK_HEADER)
        ? exceptionLine
        : parsed.message;
    const level = parsed.level ?? (lines.length > 1 || kind === 'go' ? TRACE_LEVELS[kind] : null);
    return {
      time: parsed.time,
      level,
      service: parsed.service,
      message,
      traceId: parsed.traceId,
      fields: parsed.fields,
      format: parsed.format,
      line,
      lineCount: lines.length,
      text: lines.length === 1 ? first : lines.join('\n'),
    };
  }
}
