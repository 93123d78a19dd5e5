import type { InputIssue, MetadataFilterV1 } from '@triagekit/core';
import type { Where } from 'chromadb';
import { chromaMembershipKey, RESERVED_METADATA_KEY_PREFIXES } from './chroma-metadata-keys.js';

/** The outcome of {@link metadataFilterToWhere}. */
export interface ChromaWhereFilter {
  /** `undefined` when the filter is empty: no `where` is sent. */
  readonly where: Where | undefined;
  /** Empty when the filter could be translated; paths start with `filter`. */
  readonly issues: readonly InputIssue[];
}

/**
 * Translates a VectorStoreV1 filter (every key must match: equality on scalar metadata, membership on array
 * metadata) into a Chroma `where` clause over the encoding of `encodeChromaMetadata`:
 * - a string value matches a scalar equal to it **or** an array holding it:
 *   `{ $or: [{ kind: { $eq: v } }, { '@has:kind=v': { $eq: true } }] }` — the filter does not say which of
 *   the two the key is, and it can differ between documents;
 * - a number or boolean matches scalars only (arrays hold strings): `{ key: { $eq: v } }`;
 * - several keys are joined with `$and` (Chroma wants at least two operands there, so one stays bare).
 *
 * Reserved keys (`@…`, `#…`, `chroma:…`) and values that are not strings, finite numbers or booleans are
 * reported as issues.
 */
export function metadataFilterToWhere(filter: MetadataFilterV1 | undefined): ChromaWhereFilter {
  const clauses: Where[] = [];
  const issues: InputIssue[] = [];
  for (const [key, value] of Object.entries(filter ?? {})) {
    const path = `filter[${JSON.stringify(key)}]`;
    const reserved = RESERVED_METADATA_KEY_PREFIXES.find((prefix) => key.startsWith(prefix));
    if (key === '' || reserved !== undefined) {
      issues.push({
        path,
        message:
          key === '' ? 'filter keys must not be empty' : `keys starting with "${reserved}" are reserved`,
      });
    } else if (typeof value === 'string') {
      clauses.push({
        $or: [{ [key]: { $eq: value } }, { [chromaMembershipKey(key, value)]: { $eq: true } }],
      });
    } else if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
      clauses.push({ [key]: { $eq: value } });
    } else {
      issues.push({ path, message: `must be a string, a finite number or a boolean, got ${String(value)}` });
    }
  }
  if (clauses.length === 0) return { where: undefined, issues };
  return { where: clauses.length === 1 ? clauses[0] : { $and: clauses }, issues };
}
