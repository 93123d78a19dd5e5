import { randomUUID } from 'node:crypto';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { TimeoutError } from '@triagekit/core';

/** How {@link acquireTimelineLock} waits for a lock held by another writer. */
export interface TimelineLockOptions {
  /** Give up after this many milliseconds. Default 10,000. */
  readonly timeoutMs?: number;
  /**
   * A lock file older than this many milliseconds is taken to be abandoned by a writer that crashed, and
   * removed. Appends hold the lock for milliseconds, so the default, 30,000, is very generous.
   */
  readonly staleAfterMs?: number;
  /** Clock in epoch milliseconds; default `Date.now`. Injectable for tests. */
  readonly now?: () => number;
  /** Waits between attempts; default a `setTimeout` promise. Injectable for tests. */
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

/** Releases a lock taken by {@link acquireTimelineLock}; safe to call once. */
export type ReleaseTimelineLock = () => Promise<void>;

const defaultSleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

function isErrorCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

async function removeIfStale(lockPath: string, now: number, staleAfterMs: number): Promise<boolean> {
  try {
    const info = await stat(lockPath);
    if (now - info.mtimeMs <= staleAfterMs) return false;
    await unlink(lockPath);
    return true;
  } catch (error) {
    // Gone in between: its holder released it, so trying again right away is right.
    if (isErrorCode(error, 'ENOENT')) return true;
    throw error;
  }
}

/**
 * Takes the advisory lock `lockPath` by creating the file exclusively (`O_CREAT | O_EXCL`, atomic on local
 * file systems), retrying with a short, growing, jittered backoff while another writer holds it. Every
 * triagekit writer takes it; other programs are not stopped by it.
 * @returns a function that releases the lock (it removes the file only if it still holds this writer's token).
 * @throws TimeoutError when the lock could not be taken within `timeoutMs`.
 */
export async function acquireTimelineLock(
  lockPath: string,
  options: TimelineLockOptions = {},
): Promise<ReleaseTimelineLock> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleAfterMs = options.staleAfterMs ?? 30_000;
  const token = `${process.pid} ${randomUUID()}\n`;
  const startedAt = now();
  let delay = 2;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(token);
      } finally {
        await handle.close();
      }
      return async () => {
        const current = await readFile(lockPath, 'utf8').catch(() => null);
        if (current === token) await unlink(lockPath).catch(() => undefined);
      };
    } catch (error) {
      if (!isErrorCode(error, 'EEXIST')) throw error;
    }
    if (await removeIfStale(lockPath, now(), staleAfterMs)) continue;
    if (now() - startedAt >= timeoutMs) {
      throw new TimeoutError({
        operation: `Taking the timeline lock ${lockPath}`,
        timeoutMs,
        hint: 'Another writer holds it. If no triagekit process is running, delete the lock file.',
      });
    }
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 50);
  }
}
