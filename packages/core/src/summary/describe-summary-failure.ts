import { AbortedError } from '../errors/aborted-error.js';
import { ApiCallError } from '../errors/api-call-error.js';
import { BudgetExceededError } from '../errors/budget-exceeded-error.js';
import { LlmOutputParseError } from '../errors/llm-output-parse-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { DegradedSource } from '../schema/triage-report.js';

function isAbortError(error: unknown): boolean {
  return AbortedError.isInstance(error) || (error instanceof Error && error.name === 'AbortError');
}

/**
 * Why the summary step produced nothing, for `summaryStatus` and the `summarize` degraded source: what
 * happened, whether a call was made, and what to change.
 */
export function describeSummaryFailure(
  error: unknown,
  context: { label: string; notes: readonly string[] },
): { status: DegradedSource['status']; message: string } {
  const notes = context.notes.length > 0 ? ` ${context.notes.join(' ')}` : '';
  if (BudgetExceededError.isInstance(error)) {
    return { status: 'failed', message: `${error.message} The call was not made.${notes}` };
  }
  if (TimeoutError.isInstance(error)) {
    return {
      status: 'timed-out',
      message: `${context.label} did not answer within ${error.timeoutMs} ms (summary.timeoutMs, capped by what was left of budget.wallTimeMs).${notes}`,
    };
  }
  if (ApiCallError.isInstance(error)) {
    const status = error.statusCode === undefined ? '' : ` (HTTP ${error.statusCode})`;
    const retry = error.isRetryable ? ' The error is transient; a later run may succeed.' : '';
    return {
      status: 'failed',
      message: `${context.label} failed${status}: ${error.message}${retry}${notes}`,
    };
  }
  if (LlmOutputParseError.isInstance(error)) {
    return { status: 'failed', message: `${error.message}${notes}` };
  }
  if (isAbortError(error)) {
    return { status: 'aborted', message: `${context.label} aborted the call on its own.${notes}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 'failed', message: `${context.label} failed: ${message}${notes}` };
}
