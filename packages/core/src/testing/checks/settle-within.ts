import { ConformanceError } from './conformance-error.js';

/**
 * Waits for `promise` to settle, but at most `timeoutMs` milliseconds, and reports how it settled.
 * @param what - the operation, for the message, e.g. `collector "kubernetes" doCollect`.
 * @throws ConformanceError when it has not settled in time (the promise is then left running).
 */
export async function settleWithin<T>(
  promise: Promise<T>,
  timeoutMs: number,
  what: string,
): Promise<PromiseSettledResult<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ConformanceError(`${what} did not settle within ${timeoutMs} ms.`)),
      timeoutMs,
    );
  });
  try {
    const [settled] = await Promise.race([Promise.allSettled([promise]), timeout]);
    // allSettled of a one-element array always yields one element; the fallback only satisfies the compiler.
    return settled ?? { status: 'rejected', reason: new Error(`${what} settled without a result.`) };
  } finally {
    clearTimeout(timer);
  }
}
