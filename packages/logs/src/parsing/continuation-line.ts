/** The kind of multi-line trace a record holds, which decides what may continue it. */
export type TraceKind = 'none' | 'java' | 'python' | 'go';

const JAVA_EXCEPTION =
  /^(?:[a-zA-Z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Throwable|Failure|Fault)(?::|$)/;
const JAVA_CLASS_WITH_MESSAGE = /^(?:[a-zA-Z_$][\w$]*\.)+[A-Z][\w$]*: /;
const JAVA_CONTINUATION = /^(?:at |Caused by: |Suppressed: |\.\.\. \d+ (?:more|common frames omitted))/;
const PYTHON_EXCEPTION = /^[A-Za-z_][\w.]*(?::|$)/;
const PYTHON_CHAIN =
  /^(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)$/;
const GO_LINE =
  /^(?:goroutine \d+ \[|created by |exit status \d+$|\[signal |panic: |fatal error: |runtime stack:|[^\s(]+\(.*\)$)/;

/** Opening line of a Python traceback. */
export const TRACEBACK_HEADER = 'Traceback (most recent call last):';

/** Whether `text` begins with a space or a tab. */
export function isIndented(text: string): boolean {
  const code = text.charCodeAt(0);
  return code === 32 || code === 9;
}

/** The trace kind a record opened by `text` (a line without a header) starts in. */
export function traceKindOfFirstLine(text: string): TraceKind {
  if (text.startsWith('panic: ') || text.startsWith('fatal error: ')) return 'go';
  if (text.startsWith(TRACEBACK_HEADER)) return 'python';
  if (text.startsWith('Exception in thread ') || JAVA_EXCEPTION.test(text)) return 'java';
  return 'none';
}

/** What the reader knows about the open record when deciding whether a line continues it. */
export interface OpenRecordState {
  readonly kind: TraceKind;
  /** Lines in the record so far. */
  readonly lineCount: number;
  /** The record's last line. */
  readonly previousLine: string;
  /** Whether blank lines sit between the record and the line being decided. */
  readonly afterBlank: boolean;
}

/**
 * Decides whether `text`, a non-blank line without a header of its own, continues the open record, and
 * the record's trace kind afterwards (or `null` when it starts a new record): indented lines always
 * continue; Java frames, `Caused by:`, `... 12 more` and an exception class line right after a record;
 * a Python `Traceback` under a log line, its frames, its final `ValueError: ...` line and the chaining
 * sentences; a Go panic's goroutine headers, frames and `exit status`. Across blank lines only a trace's
 * own next section continues it (a Go goroutine, a chained Python traceback).
 */
export function continueRecord(text: string, state: OpenRecordState): TraceKind | null {
  const { kind, previousLine } = state;
  if (state.afterBlank) {
    if (kind === 'go') return text.startsWith('goroutine ') && GO_LINE.test(text) ? 'go' : null;
    if (kind !== 'python') return null;
    if (PYTHON_CHAIN.test(text)) return 'python';
    return text.startsWith(TRACEBACK_HEADER) && PYTHON_CHAIN.test(previousLine) ? 'python' : null;
  }
  if (isIndented(text)) return kind;
  if (text.startsWith(TRACEBACK_HEADER)) {
    // Under a log line, or after "During handling of the above exception...": not after another traceback.
    return kind === 'none' || PYTHON_CHAIN.test(previousLine) ? 'python' : null;
  }
  if (JAVA_CONTINUATION.test(text)) return kind === 'none' ? 'java' : kind;
  if (kind === 'python') {
    if (PYTHON_CHAIN.test(text)) return 'python';
    if (isIndented(previousLine) && PYTHON_EXCEPTION.test(text)) return 'python';
    return null;
  }
  if (kind === 'go') return GO_LINE.test(text) ? 'go' : null;
  if (text.startsWith('goroutine ') && GO_LINE.test(text)) return 'go';
  if (JAVA_EXCEPTION.test(text)) return 'java';
  // A bare "com.example.Thing: message" counts only directly under the record's first line.
  if (state.lineCount === 1 && JAVA_CLASS_WITH_MESSAGE.test(text)) return 'java';
  return null;
}
