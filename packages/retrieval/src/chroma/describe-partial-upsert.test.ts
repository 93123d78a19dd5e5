import { ApiCallError, TimeoutError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { describePartialUpsert } from './describe-partial-upsert.js';

const url = 'http://127.0.0.1:8000';

describe('describePartialUpsert', () => {
  it('returns the failure itself when nothing had been written', () => {
    const failure = new ApiCallError({ message: 'down', url, isRetryable: true });
    expect(describePartialUpsert(failure, { written: 0, total: 10, removedIds: [] }, url)).toBe(failure);
  });

  it('says how many were written and that upserting again is safe', () => {
    const failure = new ApiCallError({ message: 'Upserting failed: 503.', url, statusCode: 503 });
    const error = describePartialUpsert(
      failure,
      { written: 500, total: 1200, removedIds: [] },
      url,
    ) as ApiCallError;
    expect(error.message).toBe(
      'Upserting failed: 503. 500 of 1200 documents had been written before the failure. Upserting the same documents again is safe.',
    );
    expect(error).toMatchObject({ statusCode: 503, isRetryable: true, cause: failure, url });
  });

  it('names documents deleted for a metadata replacement that did not happen, and counts the rest', () => {
    const removed = Array.from({ length: 12 }, (_, index) => `doc-${index}`);
    const failure = new TimeoutError({ operation: 'Upserting', timeoutMs: 10 });
    const error = describePartialUpsert(
      failure,
      { written: 0, total: 12, removedIds: removed },
      url,
    ) as ApiCallError;
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toContain(
      '12 documents ("doc-0", "doc-1", "doc-2", "doc-3", "doc-4", "doc-5", "doc-6", "doc-7", "doc-8", "doc-9" and 2 more) had been deleted to replace their metadata and are missing until upserted again.',
    );
  });
});
