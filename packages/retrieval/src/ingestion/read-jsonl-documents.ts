import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { DocumentMetadataValue, StoredDocumentV1 } from '@triagekit/core';
import type { SkippedInput } from './ingestion-result.js';

/** A document read from one line, with where it came from. */
export interface SourcedDocument {
  readonly document: StoredDocumentV1;
  /** `file:line`. */
  readonly source: string;
}

/**
 * Reads a JSONL file of documents, one JSON object per line: `{"id", "title", "text", "metadata"?}`.
 * `id` is a non-empty string (or a number, turned into a string); `text` a non-blank string; `title` a
 * string (default: the text's first `# ` heading, else the id); `metadata` an object of strings, numbers,
 * booleans or string lists. Other top-level keys with such values are added to the metadata (the
 * `metadata` object wins on a clash), so `{"id", "title", "text", "component": "etcd"}` can be filtered on
 * `component`. `metadata.path` is `file:line` unless the line sets its own. Blank lines are ignored. A line that is not valid JSON or breaks these rules is skipped
 * with its `file:line` and the reason; the other lines are still read.
 * @param displayPath - the file as messages name it.
 * @throws only when the file cannot be read at all.
 */
export async function readJsonlDocuments(
  file: string,
  options: { readonly displayPath: string; readonly maxCharacters: number },
): Promise<{ documents: SourcedDocument[]; skipped: SkippedInput[] }> {
  const documents: SourcedDocument[] = [];
  const skipped: SkippedInput[] = [];
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const source = `${options.displayPath}:${lineNumber}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      skipped.push({ source, reason: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    const result = toDocument(value, options.maxCharacters);
    if (typeof result === 'string') skipped.push({ source, reason: result });
    else documents.push({ document: { ...result, metadata: { path: source, ...result.metadata } }, source });
  }
  return { documents, skipped };
}

const reservedKeys = new Set(['id', 'title', 'text', 'metadata']);

/** The document, or what is wrong with the object. */
function toDocument(value: unknown, maxCharacters: number): StoredDocumentV1 | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'expected a JSON object {"id", "title", "text", "metadata"?}';
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'number' ? String(record.id) : record.id;
  if (typeof id !== 'string' || id.trim() === '') return '"id" must be a non-empty string';
  if (typeof record.text !== 'string') return `document "${id}": "text" must be a string`;
  if (record.text.trim() === '') return `document "${id}" is empty: "text" has nothing to search`;
  if (record.text.length > maxCharacters) {
    return `document "${id}" is ${record.text.length} characters long, above the limit of ${maxCharacters}; split it`;
  }
  if (record.title !== undefined && typeof record.title !== 'string')
    return `document "${id}": "title" must be a string`;
  const metadata: Record<string, DocumentMetadataValue> = {};
  for (const [key, extra] of Object.entries(record)) {
    if (!reservedKeys.has(key) && isMetadataValue(extra)) metadata[key] = extra;
  }
  if (record.metadata !== undefined) {
    if (typeof record.metadata !== 'object' || record.metadata === null || Array.isArray(record.metadata)) {
      return `document "${id}": "metadata" must be an object`;
    }
    for (const [key, entry] of Object.entries(record.metadata)) {
      if (!isMetadataValue(entry)) {
        return `document "${id}": metadata "${key}" must be a string, number, boolean or list of strings`;
      }
      metadata[key] = entry;
    }
  }
  const heading = /^ {0,3}#[ \t]+(.+?)[ \t#]*$/m.exec(record.text)?.[1]?.trim();
  return { id: id.trim(), title: record.title?.trim() || heading || id.trim(), text: record.text, metadata };
}

function isMetadataValue(value: unknown): value is DocumentMetadataValue {
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string');
  return (
    typeof value === 'string' ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    typeof value === 'boolean'
  );
}
