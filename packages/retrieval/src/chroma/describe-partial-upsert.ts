import { ApiCallError, TimeoutError } from '@triagekit/core';

/** How far an upsert got before it failed. */
export interface UpsertProgress {
  readonly written: number;
  readonly total: number;
  /** Documents deleted to drop stale metadata keys whose re-upsert did not happen. */
  readonly removedIds: readonly string[];
}

/**
 * The error a failed upsert rejects with. Before anything was written it is the failure itself; after part
 * of the documents were written, an `ApiCallError` (same `statusCode` and `isRetryable`, the failure as
 * `cause`) whose message says how many were written, which documents are missing until upserted again, and
 * that upserting the same documents again is safe.
 */
export function describePartialUpsert(error: unknown, progress: UpsertProgress, url: string): unknown {
  if (progress.written === 0 && progress.removedIds.length === 0) return error;
  const shown = progress.removedIds.slice(0, 10).map((id) => JSON.stringify(id));
  const more =
    progress.removedIds.length > shown.length ? ` and ${progress.removedIds.length - shown.length} more` : '';
  const missing =
    progress.removedIds.length > 0
      ? ` ${progress.removedIds.length} documents (${shown.join(', ')}${more}) had been deleted to replace their metadata and are missing until upserted again.`
      : '';
  const reason = error instanceof Error ? error.message : String(error);
  return new ApiCallError({
    message: `${reason} ${progress.written} of ${progress.total} documents had been written before the failure.${missing} Upserting the same documents again is safe.`,
    url,
    statusCode: ApiCallError.isInstance(error) ? error.statusCode : undefined,
    isRetryable: TimeoutError.isInstance(error) || (ApiCallError.isInstance(error) && error.isRetryable),
    cause: error,
  });
}
