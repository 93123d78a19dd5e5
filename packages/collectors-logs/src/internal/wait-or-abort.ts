/**
 * Resolves or rejects like `promise`, unless `signal` aborts first: then it rejects with the signal's reason
 * at once. The promise itself is not cancelled (an HTTP body or a stream read may still settle later);
 * callers that keep it around must handle its outcome themselves.
 */
export function waitOrAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
