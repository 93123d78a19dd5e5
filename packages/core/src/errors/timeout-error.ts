import { TriageError } from './triage-error.js';

const marker = 'triagekit.error.timeout';
const symbol = Symbol.for(marker);

/** An operation did not finish within its time limit and was abandoned. */
export class TimeoutError extends TriageError {
  /** Brand checked by `isInstance`; works across duplicate package copies. */
  readonly [symbol] = true;
  /** What timed out, e.g. `collector "kubernetes"`. */
  readonly operation: string;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  constructor(options: { operation: string; timeoutMs: number; hint?: string }) {
    super({
      name: 'TriageTimeoutError',
      message: `${options.operation} did not finish within ${options.timeoutMs} ms.${options.hint ? ` ${options.hint}` : ''}`,
    });
    this.operation = options.operation;
    this.timeoutMs = options.timeoutMs;
  }

  static override isInstance(error: unknown): error is TimeoutError {
    return TriageError.hasMarker(error, marker);
  }
}
