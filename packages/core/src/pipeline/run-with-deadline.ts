import { TimeoutError } from '../errors/timeout-error.js';

/**
 * Runs `task` with its own AbortSignal that fires when `parent` aborts or `timeoutMs` passes. Settles at
 * the deadline even if the task ignores its signal, so one badly behaved plugin cannot stall a run.
 * Rejects with {@link TimeoutError} on timeout and with the parent's reason on abort.
 */
export async function runWithDeadline<T>(
  task: (signal: AbortSignal) => Promise<T>,
  options: { timeoutMs: number; parent: AbortSignal; operation: string },
): Promise<T> {
  options.parent.throwIfAborted();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onParentAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new TimeoutError({ operation: options.operation, timeoutMs: options.timeoutMs });
      controller.abort(error);
      reject(error);
    }, options.timeoutMs);
    onParentAbort = () => {
      controller.abort(options.parent.reason);
      reject(options.parent.reason);
    };
    options.parent.addEventListener('abort', onParentAbort, { once: true });
  });
  try {
    const running = task(controller.signal);
    // If the deadline wins, a late rejection from the task must not surface as an unhandled rejection.
    running.catch(() => undefined);
    return await Promise.race([running, stopped]);
  } finally {
    clearTimeout(timer);
    if (onParentAbort) options.parent.removeEventListener('abort', onParentAbort);
  }
}
