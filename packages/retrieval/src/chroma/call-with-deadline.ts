import { TimeoutError } from '@triagekit/core';

/** Options of {@link callWithDeadline}. */
export interface CallWithDeadlineOptions {
  /** The caller's signal; its abort rejects the call with the signal's reason. */
  readonly abortSignal?: AbortSignal;
  /** Time limit in milliseconds; when it passes, the call rejects with a `TimeoutError`. */
  readonly timeoutMs: number;
  /** What is being done, for the `TimeoutError`, e.g. `Chroma query of collection "runbooks"`. */
  readonly operation: string;
  /** Appended to the `TimeoutError` message. */
  readonly hint?: string;
}

/**
 * Runs `operation` with a signal that aborts when the caller aborts or the time limit passes, and settles as
 * soon as either happens, whether or not `operation` reacts to its signal. The chromadb client's methods take
 * no signal: clients built per call cancel their requests through it, and for a client the user supplied,
 * racing is all that can be done (its request then finishes in the background, unobserved).
 * @throws the caller's abort reason; `TimeoutError` when the time limit passed; else what `operation` throws.
 */
export async function callWithDeadline<T>(
  operation: (signal: AbortSignal) => Promise<T>,
  options: CallWithDeadlineOptions,
): Promise<T> {
  options.abortSignal?.throwIfAborted();
  const controller = new AbortController();
  const abortFromCaller = (): void => controller.abort(options.abortSignal?.reason);
  options.abortSignal?.addEventListener('abort', abortFromCaller, { once: true });
  const timer = setTimeout(() => {
    controller.abort(
      new TimeoutError({ operation: options.operation, timeoutMs: options.timeoutMs, hint: options.hint }),
    );
  }, options.timeoutMs);
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  try {
    // Async wrapper: a synchronous throw in `operation` becomes a rejection like any other failure.
    const running = (async () => operation(controller.signal))();
    // The losing side of the race must not surface later as an unhandled rejection.
    running.catch(() => undefined);
    stopped.catch(() => undefined);
    return await Promise.race([running, stopped]);
  } finally {
    clearTimeout(timer);
    options.abortSignal?.removeEventListener('abort', abortFromCaller);
  }
}
