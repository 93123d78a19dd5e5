/**
 * Waits for `promise`, but rejects with the signal's reason as soon as `abortSignal` aborts. The promise keeps
 * running: used where several callers share one piece of work (opening the collection), so that one caller's
 * abort does not fail the others.
 */
export async function waitUnlessAborted<T>(
  promise: Promise<T>,
  abortSignal: AbortSignal | undefined,
): Promise<T> {
  if (abortSignal === undefined) return promise;
  abortSignal.throwIfAborted();
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortSignal.reason);
    abortSignal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, aborted]);
  } finally {
    abortSignal.removeEventListener('abort', onAbort);
  }
}
