import type { InputIssue, StoredDocumentV1 } from '@triagekit/core';
import {
  CHROMA_TITLE_KEY,
  chromaListKey,
  chromaMembershipKey,
  RESERVED_METADATA_KEY_PREFIXES,
} from './chroma-metadata-keys.js';

/** A metadata record as Chroma stores it: scalar values only. */
export type ChromaMetadata = Record<string, string | number | boolean>;

/** The outcome of {@link encodeChromaMetadata}: the record, or what made the document unstorable. */
export interface EncodedChromaMetadata {
  readonly metadata: ChromaMetadata;
  /** Empty when the document can be stored; paths start with `path`. */
  readonly issues: readonly InputIssue[];
}

/**
 * Turns a document's title and metadata into Chroma metadata, which holds only strings, numbers and booleans:
 * - the title goes to `@title`;
 * - strings, finite numbers and booleans are kept under their own key;
 * - an array of strings is kept as a JSON array under `@list:<key>` (exact round trip, even for `[]`, `['']`
 *   or values containing `|`), plus one `@has:<key>=<value>: true` per distinct value, so that a `where`
 *   filter can test membership.
 *
 * Keys starting with `@`, `#` or `chroma:`, empty keys, non-finite numbers and arrays holding anything but
 * strings are reported as issues (nothing is silently dropped).
 * @param path - where the document sits in the caller's input, for issue paths, e.g. `documents[3]`.
 */
export function encodeChromaMetadata(document: StoredDocumentV1, path: string): EncodedChromaMetadata {
  const metadata: ChromaMetadata = { [CHROMA_TITLE_KEY]: document.title };
  const issues: InputIssue[] = [];
  if (typeof document.title !== 'string') {
    issues.push({ path: `${path}.title`, message: `must be a string, got ${typeof document.title}` });
  }
  for (const [key, value] of Object.entries(document.metadata ?? {})) {
    const keyPath = `${path}.metadata[${JSON.stringify(key)}]`;
    const reserved = RESERVED_METADATA_KEY_PREFIXES.find((prefix) => key.startsWith(prefix));
    if (key === '' || reserved !== undefined) {
      issues.push({
        path: keyPath,
        message:
          key === ''
            ? 'metadata keys must not be empty'
            : `keys starting with "${reserved}" are reserved by the Chroma adapter; rename the key`,
      });
      continue;
    }
    const issue = encodeValue(metadata, key, value);
    if (issue !== undefined) issues.push({ path: keyPath, message: issue });
  }
  return { metadata, issues };
}

/** Writes `value` under `key` (and its companions); returns what is wrong with it, if anything. */
function encodeValue(metadata: ChromaMetadata, key: string, value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') {
    metadata[key] = value;
    return undefined;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `numbers must be finite, got ${value}`;
    metadata[key] = value;
    return undefined;
  }
  if (Array.isArray(value)) {
    const nonString = value.findIndex((member) => typeof member !== 'string');
    if (nonString !== -1) {
      return `arrays may only hold strings, but item ${nonString} is ${JSON.stringify(value[nonString]) ?? typeof value[nonString]}`;
    }
    metadata[chromaListKey(key)] = JSON.stringify(value);
    for (const member of value as string[]) metadata[chromaMembershipKey(key, member)] = true;
    return undefined;
  }
  return `values must be a string, a finite number, a boolean or an array of strings, got ${value === null ? 'null' : typeof value}`;
}
