import type {
  MetadataFilterV1,
  StoredDocumentV1,
  VectorStoreV1,
  VectorStoreV1QueryResult,
} from '../../spec/vector-store-v1.js';
import { createSampleRunbookDocuments } from '../fixtures/sample-runbook-documents.js';
import { assertConformance } from './assert-conformance.js';
import { checkPluginIdentity } from './check-plugin-identity.js';

// Shares at least one word with every sample document, so it matches all of them to some degree.
const broadQuery = 'latency disk certificate dns memory restarting pod node services';

function label(store: VectorStoreV1): string {
  return `vector store "${String(store.storeId)}"`;
}

function signal(): AbortSignal {
  return new AbortController().signal;
}

async function upsertSampleDocuments(store: VectorStoreV1): Promise<StoredDocumentV1[]> {
  const documents = createSampleRunbookDocuments();
  const { upserted } = await store.doUpsert({ documents, abortSignal: signal() });
  assertConformance(
    upserted === documents.length,
    `${label(store)} doUpsert of ${documents.length} new documents reported upserted ${String(upserted)}.`,
  );
  return documents;
}

async function query(
  store: VectorStoreV1,
  text: string,
  topK: number,
  filter?: MetadataFilterV1,
): Promise<VectorStoreV1QueryResult> {
  const result = await store.doQuery({ text, topK, filter, abortSignal: signal() });
  validateVectorStoreV1QueryResult(store, topK, result);
  return result;
}

/** `specificationVersion` is `'v1'`; `storeId` is a non-empty string without whitespace. */
export function checkVectorStoreV1Identity(store: VectorStoreV1): void {
  checkPluginIdentity(store, 'vector store', [{ key: 'storeId' }]);
}

/**
 * `result` holds at most `topK` matches, each with a document, a finite `score` and a `relevance` in
 * [0, 1], best (highest score) first; `confident` is a boolean; `warnings`, if any, are strings.
 */
export function validateVectorStoreV1QueryResult(
  store: VectorStoreV1,
  topK: number,
  result: unknown,
): asserts result is VectorStoreV1QueryResult {
  const name = label(store);
  assertConformance(
    typeof result === 'object' && result !== null,
    `${name} doQuery must resolve to { matches, confident }, got ${String(result)}.`,
  );
  const { matches, confident, warnings } = result as Record<string, unknown>;
  assertConformance(Array.isArray(matches), `${name} doQuery must resolve with a matches array.`);
  assertConformance(
    matches.length <= topK,
    `${name} returned ${matches.length} matches for topK ${topK}; return at most topK.`,
  );
  let previousScore = Number.POSITIVE_INFINITY;
  matches.forEach((match: unknown, index) => {
    const { document, score, relevance } = (
      typeof match === 'object' && match !== null ? match : {}
    ) as Record<string, unknown>;
    assertConformance(
      typeof document === 'object' &&
        document !== null &&
        typeof (document as { id?: unknown }).id === 'string',
      `${name} matches[${index}] must hold the stored document.`,
    );
    assertConformance(
      typeof score === 'number' && Number.isFinite(score),
      `${name} matches[${index}] score must be a finite number, got ${String(score)}.`,
    );
    assertConformance(
      typeof relevance === 'number' && relevance >= 0 && relevance <= 1,
      `${name} matches[${index}] relevance must be within [0, 1], got ${String(relevance)}.`,
    );
    assertConformance(
      score <= previousScore,
      `${name} matches are not sorted best first: matches[${index}] scores ${score}, above the ${previousScore} before it.`,
    );
    previousScore = score;
  });
  assertConformance(typeof confident === 'boolean', `${name} confident must be a boolean.`);
  assertConformance(
    warnings === undefined ||
      (Array.isArray(warnings) && warnings.every((warning) => typeof warning === 'string')),
    `${name} warnings must be an array of strings when present.`,
  );
}

/** After upserting the sample runbooks, a query about a full disk ranks the disk-full runbook first. */
export async function checkVectorStoreV1FindsMatchingDocumentFirst(store: VectorStoreV1): Promise<void> {
  await upsertSampleDocuments(store);
  const result = await query(store, 'node disk is full: no space left on device', 3);
  const first = result.matches[0]?.document.id;
  assertConformance(
    first === 'runbook-disk-full',
    `${label(store)} ranked ${JSON.stringify(first)} first for a query about a full disk; expected "runbook-disk-full".`,
  );
}

/** A query matching many documents returns at most `topK` of them (checked for 2 and 1), and not none. */
export async function checkVectorStoreV1RespectsTopK(store: VectorStoreV1): Promise<void> {
  await upsertSampleDocuments(store);
  for (const topK of [2, 1]) {
    const result = await query(store, broadQuery, topK);
    assertConformance(
      result.matches.length >= 1,
      `${label(store)} returned no matches with topK ${topK} for a query sharing words with every document.`,
    );
  }
}

/** Upserting an existing id replaces the document: one match for that id, with the new text. */
export async function checkVectorStoreV1UpsertReplaces(store: VectorStoreV1): Promise<void> {
  const [original] = await upsertSampleDocuments(store);
  assertConformance(original !== undefined, 'the sample runbook corpus is empty.');
  const replacement: StoredDocumentV1 = {
    ...original,
    text: 'Replaced: inode exhaustion blocks file creation although df shows free blocks; find directories with millions of small files.',
  };
  const { upserted } = await store.doUpsert({ documents: [replacement], abortSignal: signal() });
  assertConformance(
    upserted === 1,
    `${label(store)} doUpsert of one document reported upserted ${String(upserted)}.`,
  );
  for (const text of ['inode exhaustion millions of small files', original.text]) {
    const result = await query(store, text, 10);
    const copies = result.matches.filter((match) => match.document.id === original.id);
    assertConformance(
      copies.length <= 1,
      `${label(store)} returned ${copies.length} matches with id "${original.id}" after upserting it twice; upsert must replace.`,
    );
    assertConformance(
      copies.every((match) => match.document.text === replacement.text),
      `${label(store)} still returns the old text of "${original.id}" after it was replaced.`,
    );
  }
  const result = await query(store, 'inode exhaustion millions of small files', 10);
  assertConformance(
    result.matches.some((match) => match.document.id === original.id),
    `${label(store)} did not find the replaced document "${original.id}" by its new text.`,
  );
}

/** `doDelete` removes documents and counts only those that existed; deleted documents no longer match. */
export async function checkVectorStoreV1Delete(store: VectorStoreV1): Promise<void> {
  await upsertSampleDocuments(store);
  const { deleted } = await store.doDelete({
    ids: ['runbook-disk-full', 'post-mortem-oom', 'no-such-document'],
    abortSignal: signal(),
  });
  assertConformance(
    deleted === 2,
    `${label(store)} reported deleted ${String(deleted)} for two existing ids and one unknown id; expected 2.`,
  );
  const again = await store.doDelete({
    ids: ['runbook-disk-full', 'no-such-document'],
    abortSignal: signal(),
  });
  assertConformance(
    again.deleted === 0,
    `${label(store)} reported deleted ${String(again.deleted)} for ids that no longer exist; expected 0.`,
  );
  const result = await query(store, 'node disk is full: no space left on device', 10);
  assertConformance(
    result.matches.every((match) => match.document.id !== 'runbook-disk-full'),
    `${label(store)} still returns "runbook-disk-full" after it was deleted.`,
  );
}

/**
 * Filters select by equality on scalar metadata (`kind`), by membership on array metadata (`services`),
 * require every key to match, and select nothing for a value no document has.
 */
export async function checkVectorStoreV1MetadataFilter(store: VectorStoreV1): Promise<void> {
  const documents = await upsertSampleDocuments(store);
  const cases: { filter: MetadataFilterV1; description: string }[] = [
    { filter: { kind: 'post-mortem' }, description: 'equality on scalar metadata' },
    { filter: { services: 'payments' }, description: 'membership in array metadata' },
    { filter: { kind: 'runbook', services: 'ingress' }, description: 'all keys matching' },
    { filter: { kind: 'no-such-kind' }, description: 'a value no document has' },
  ];
  for (const { filter, description } of cases) {
    const allowed = new Set(
      documents
        .filter((document) =>
          Object.entries(filter).every(([key, expected]) => {
            const actual = document.metadata[key];
            if (Array.isArray(actual)) return typeof expected === 'string' && actual.includes(expected);
            return actual === expected;
          }),
        )
        .map((document) => document.id),
    );
    const result = await query(store, broadQuery, 10, filter);
    const outsiders = result.matches.map((match) => match.document.id).filter((id) => !allowed.has(id));
    assertConformance(
      outsiders.length === 0,
      `${label(store)} filter ${JSON.stringify(filter)} (${description}) returned documents it excludes: ${outsiders.join(', ')}.`,
    );
    assertConformance(
      allowed.size === 0 || result.matches.length > 0,
      `${label(store)} filter ${JSON.stringify(filter)} (${description}) returned nothing, though ${[...allowed].join(', ')} match it.`,
    );
  }
}

/** A query of gibberish against the sample runbooks is not `confident`. */
export async function checkVectorStoreV1NotConfidentForGibberish(store: VectorStoreV1): Promise<void> {
  await upsertSampleDocuments(store);
  const result = await query(store, 'zqxv wlorp fnagh ktchb', 5);
  assertConformance(
    !result.confident,
    `${label(store)} was confident about a query of gibberish (best relevance ${result.matches[0]?.relevance ?? 'none'}); ` +
      'confident must be false when nothing fits.',
  );
}
