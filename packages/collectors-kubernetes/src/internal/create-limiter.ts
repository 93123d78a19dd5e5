/** Runs a task when one of the limiter's slots is free. */
export type Limiter = <Result>(task: () => Promise<Result>) => Promise<Result>;

/**
 * A limiter that lets at most `concurrency` tasks run at once, starting waiting tasks in the order they
 * were submitted.
 */
export function createLimiter(concurrency: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return async (task) => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
