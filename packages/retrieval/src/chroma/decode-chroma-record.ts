import type { DocumentMetadataValue, StoredDocumentV1 } from '@triagekit/core';
import {
  CHROMA_LIST_KEY_PREFIX,
  CHROMA_MEMBERSHIP_KEY_PREFIX,
  CHROMA_TITLE_KEY,
} from './chroma-metadata-keys.js';

/** One record as the Chroma client returns it from `get` or `query`. */
export interface ChromaRecord {
  readonly id: string;
  /** The stored text; `null` when the record has none. */
  readonly text: string | null | undefined;
  readonly metadata: Readonly<Record<string, unknown>> | null | undefined;
}

/** The outcome of {@link decodeChromaRecord}. */
export interface DecodedChromaRecord {
  readonly document: StoredDocumentV1;
  /** Parts of the record that could not be read back (kept out of the document), for the result's warnings. */
  readonly warnings: readonly string[];
}

/**
 * The inverse of `encodeChromaMetadata`: rebuilds the stored document from a Chroma record. `@title` becomes
 * the title, `@list:<key>` the array under `<key>`, `@has:` keys are dropped, and every other key is kept as
 * it is. Records written by other tools still decode: a missing title or text becomes `''`, and values this
 * adapter cannot represent are left out with a warning naming the record and the key.
 */
export function decodeChromaRecord(record: ChromaRecord): DecodedChromaRecord {
  const warnings: string[] = [];
  const metadata: Record<string, DocumentMetadataValue> = {};
  let title = '';
  for (const [key, value] of Object.entries(record.metadata ?? {})) {
    if (key === CHROMA_TITLE_KEY) {
      title = typeof value === 'string' ? value : String(value);
    } else if (key.startsWith(CHROMA_LIST_KEY_PREFIX)) {
      const list = parseStringList(value);
      const name = key.slice(CHROMA_LIST_KEY_PREFIX.length);
      if (list === undefined) {
        warnings.push(`Chroma record "${record.id}": "${key}" is not a JSON array of strings; left out.`);
      } else {
        metadata[name] = list;
      }
    } else if (!key.startsWith(CHROMA_MEMBERSHIP_KEY_PREFIX)) {
      const scalar = readValue(value);
      if (scalar === undefined) {
        warnings.push(`Chroma record "${record.id}": metadata "${key}" has an unsupported value; left out.`);
      } else {
        metadata[key] = scalar;
      }
    }
  }
  return { document: { id: record.id, title, text: record.text ?? '', metadata }, warnings };
}

function parseStringList(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((member) => typeof member === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Scalars as they are; a native list of strings (newer Chroma servers store those) as an array. */
function readValue(value: unknown): DocumentMetadataValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value) && value.every((member) => typeof member === 'string')) return [...value];
  return undefined;
}
