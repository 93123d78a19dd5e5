import { expect } from 'vitest';

/** Awaits `promise`, expects it to reject, and returns the reason (failing the test if it resolved). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    (value) => ({ resolved: true as const, value }),
    (reason: unknown) => ({ resolved: false as const, reason }),
  );
  expect(outcome.resolved, 'expected a rejection').toBe(false);
  return outcome.resolved ? undefined : outcome.reason;
}
