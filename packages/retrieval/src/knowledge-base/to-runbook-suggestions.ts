import type { VectorStoreV1QueryResult } from '@triagekit/core';

/** One suggestion in the shape the original write-up shows: what to read, how it was resolved, how close. */
export interface RunbookSuggestion {
  /** The document id. */
  readonly id: string;
  /** The document title. */
  readonly title: string;
  /** `kind` metadata: `runbook`, `post-mortem`, or `runbook` when unset. */
  readonly kind: string;
  /** `resolution` metadata (how a past incident was resolved), or null. */
  readonly resolution: string | null;
  /** The match's calibrated relevance, in [0, 1]. */
  readonly similarity: number;
  /** `url` metadata, or null. */
  readonly url: string | null;
}

/**
 * Turns a query result into the write-up's suggestion list (title, resolution, similarity), best first.
 * Returns an empty list when the result is not `confident`, unless `includeUnconfident` is set: showing
 * the least bad of unrelated runbooks is what this is meant to avoid.
 */
export function toRunbookSuggestions(
  result: VectorStoreV1QueryResult,
  options: { readonly includeUnconfident?: boolean } = {},
): RunbookSuggestion[] {
  if (!result.confident && !options.includeUnconfident) return [];
  return result.matches.map((match) => {
    const { metadata } = match.document;
    return {
      id: match.document.id,
      title: match.document.title,
      kind: typeof metadata.kind === 'string' ? metadata.kind : 'runbook',
      resolution: typeof metadata.resolution === 'string' ? metadata.resolution : null,
      similarity: match.relevance,
      url: typeof metadata.url === 'string' ? metadata.url : null,
    };
  });
}
