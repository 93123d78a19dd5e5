/**
 * Resolves after `milliseconds`, or rejects with the signal's reason as soon as `abortSignal` aborts.
 * `Infinity` waits until aborted (forever without a signal). Rejects at once if the signal is already
 * aborted.
 */
export function abortableWait(milliseconds: number, abortSignal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (abortSignal?.aborted) {
      reject(abortSignal.reason);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      reject(abortSignal?.reason);
    };
    abortSignal?.addEventListener('abort', onAbort, { once: true });
    // setTimeout treats Infinity as 1 ms, so an endless wait must not start a timer at all.
    if (Number.isFinite(milliseconds)) {
      timer = setTimeout(
        () => {
          abortSignal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, milliseconds),
      );
    }
  });
}
