import type { MetadataFilterV1, StoredDocumentV1 } from '@triagekit/core';

/**
 * Whether `document` passes `filter`: every key must match, by equality on scalar metadata and by
 * membership on array metadata (`{ services: 'payments' }` matches `services: ['payments', 'checkout']`).
 * Only the document's own keys count, so a filter on `constructor` matches nothing. No filter passes all.
 */
export function matchesFilter(document: StoredDocumentV1, filter: MetadataFilterV1 | undefined): boolean {
  if (filter === undefined) return true;
  for (const [key, expected] of Object.entries(filter)) {
    if (!Object.hasOwn(document.metadata, key)) return false;
    const actual = document.metadata[key];
    if (Array.isArray(actual)) {
      // Array metadata holds strings, so only a string filter value can be one of its members.
      if (typeof expected !== 'string' || !actual.includes(expected)) return false;
    } else if (actual !== expected) return false;
  }
  return true;
}
