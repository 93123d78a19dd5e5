import { TriageError } from './triage-error.js';

const marker = 'triagekit.error.aborted';
const symbol = Symbol.for(marker);

/** The caller aborted the run through its AbortSignal before a report could be built. */
export class AbortedError extends TriageError {
  /** Brand checked by `isInstance`; works across duplicate package copies. */
  readonly [symbol] = true;

  constructor(options: { operation: string; cause?: unknown }) {
    super({
      name: 'TriageAbortedError',
      message: `${options.operation} was aborted by the caller.`,
      cause: options.cause,
    });
  }

  static override isInstance(error: unknown): error is AbortedError {
    return TriageError.hasMarker(error, marker);
  }
}
