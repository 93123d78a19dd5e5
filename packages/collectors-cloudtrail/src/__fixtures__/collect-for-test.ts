import type { CollectorV1, CollectorV1Result } from '@triagekit/core';
import { createSampleAlert, createSampleTimeWindow } from '@triagekit/core/testing';
import { expect } from 'vitest';
import { type CloudTrailReplayServer, isLookupEventsTarget } from './cloudtrail-replay-server.js';

/** The documentation's example key pair: signs requests, grants nothing anywhere. */
export const FAKE_CREDENTIALS = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};

/** Runs `doCollect` for the sample alert and window (06:00 to 10:15 UTC on 2026-03-04). */
export function collectForTest(
  collector: CollectorV1,
  options: { signal?: AbortSignal; maxItems?: number } = {},
): Promise<CollectorV1Result> {
  return collector.doCollect({
    alert: createSampleAlert(),
    window: createSampleTimeWindow(),
    abortSignal: options.signal ?? new AbortController().signal,
    maxItems: options.maxItems ?? 1000,
  });
}

/** The rejection of `promise`, or a failed expectation when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    () => ({ resolved: true as const }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  expect(outcome.resolved, 'expected the promise to reject').toBe(false);
  return outcome.resolved ? undefined : outcome.error;
}

/**
 * Whatever a test did, only signed `POST /` LookupEvents calls in AWS JSON 1.1 may have reached the
 * server: no other CloudTrail operation (and so no write API) ever.
 */
export function expectOnlyLookupEvents(server: CloudTrailReplayServer): void {
  expect(server.unexpected).toEqual([]);
  for (const request of server.requests) {
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/');
    expect(isLookupEventsTarget(request.target)).toBe(true);
    expect(request.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(request.signingService).toBe('cloudtrail');
  }
}
