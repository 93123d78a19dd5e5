import type { CachedResponse } from './response-cache.js';

const finishReasons = new Set(['stop', 'length', 'content-filter', 'error', 'other']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Whether `value` (parsed from a file) has the shape of a version-1 {@link CachedResponse}: the fields a
 * cache hit returns are all checked, so a damaged or foreign file never becomes an answer.
 */
export function isCachedResponse(value: unknown): value is CachedResponse {
  if (!isRecord(value) || value.version !== 1 || typeof value.storedAt !== 'string') return false;
  const { request, result } = value;
  if (!isRecord(request) || !Array.isArray(request.messages) || !isRecord(result)) return false;
  const usage = result.usage;
  return (
    typeof request.providerId === 'string' &&
    typeof request.modelId === 'string' &&
    typeof result.text === 'string' &&
    finishReasons.has(result.finishReason as string) &&
    isRecord(usage) &&
    isCount(usage.inputTokens) &&
    isCount(usage.outputTokens) &&
    (result.costUsd === undefined || (typeof result.costUsd === 'number' && result.costUsd >= 0))
  );
}
