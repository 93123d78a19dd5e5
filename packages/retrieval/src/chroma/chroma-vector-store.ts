import {
  ApiCallError,
  InvalidInputError,
  type StoredDocumentV1,
  type VectorStoreV1,
  type VectorStoreV1QueryOptions,
  type VectorStoreV1QueryResult,
} from '@triagekit/core';
import { describePartialUpsert } from './describe-partial-upsert.js';
import { embedInBatches } from './embed-in-batches.js';
import { metadataFilterToWhere } from './metadata-filter-to-where.js';
import { type OpenedChromaCollection, openChromaCollection } from './open-chroma-collection.js';
import { prepareChromaRecords } from './prepare-chroma-records.js';
import type { ResolvedChromaVectorStoreOptions } from './resolve-chroma-vector-store-options.js';
import { type ChromaCallPolicy, runChromaCall } from './run-chroma-call.js';
import { toVectorStoreQueryResult } from './to-vector-store-query-result.js';
import { waitUnlessAborted } from './wait-unless-aborted.js';
import { writeChromaBatch } from './write-chroma-batch.js';

/** A {@link VectorStoreV1} kept in a Chroma collection. */
export interface ChromaVectorStore extends VectorStoreV1 {
  /** The Chroma collection used, e.g. `runbooks-openai-text-embedding-3-small-1536`. */
  readonly collectionName: string;
  /** The server's URL (or a description of the supplied client), as shown in errors. */
  readonly url: string;
  /** Results are `confident` when the best relevance reaches this. */
  readonly minimumRelevance: number;
}

/** The store behind `createChromaVectorStore`; see there for the behaviour. */
export class ChromaVectorStoreV1 implements ChromaVectorStore {
  /** Always `'v1'`. */
  readonly specificationVersion = 'v1' as const;
  /** From the options; default `'chroma'`. */
  readonly storeId: string;
  /** The Chroma collection used (derived from the base name and the model unless told otherwise). */
  readonly collectionName: string;
  /** The server's URL, or a description of the supplied client. */
  readonly url: string;
  /** From the options; default 0.3. */
  readonly minimumRelevance: number;
  readonly #options: ResolvedChromaVectorStoreOptions;
  readonly #policy: ChromaCallPolicy;
  #opening: Promise<OpenedChromaCollection> | undefined;

  /** Prefer `createChromaVectorStore`, which checks the options. Makes no request. */
  constructor(options: ResolvedChromaVectorStoreOptions) {
    this.#options = options;
    this.#policy = options;
    this.storeId = options.storeId;
    this.collectionName = options.collectionName;
    this.url = options.connection.url;
    this.minimumRelevance = options.minimumRelevance;
  }

  /**
   * Stores the documents, replacing any with the same id (a later duplicate in the same call wins).
   * @returns the number of distinct ids written.
   * @throws InvalidInputError (every invalid document, before anything is embedded or written; a bad model
   * answer); ApiCallError or TimeoutError (saying how many were written when a later batch failed); the
   * model's error; the signal's reason.
   */
  async doUpsert(options: {
    readonly documents: readonly StoredDocumentV1[];
    readonly abortSignal?: AbortSignal;
  }): Promise<{ readonly upserted: number }> {
    const { abortSignal } = options;
    abortSignal?.throwIfAborted();
    const records = prepareChromaRecords(options.documents);
    if (records.length === 0) return { upserted: 0 };
    // Open before embedding: an unreachable server or a mismatched collection must not cost embedding calls.
    const opened = await this.#open(abortSignal);
    const embeddings = await embedInBatches(
      this.#options.embeddingModel,
      records.map((record) => record.embeddingText),
      abortSignal,
    );
    let written = 0;
    let removedIds: readonly string[] = [];
    try {
      for (let start = 0; start < records.length; start += opened.batchSize) {
        const end = start + opened.batchSize;
        removedIds = [];
        const batch = { records: records.slice(start, end), embeddings: embeddings.slice(start, end) };
        await writeChromaBatch(this.#policy, opened, batch, abortSignal, (ids) => {
          removedIds = ids;
        });
        written += batch.records.length;
      }
    } catch (error) {
      this.#forgetCollectionOn404(error);
      if (abortSignal?.aborted) throw abortSignal.reason;
      throw describePartialUpsert(error, { written, total: records.length, removedIds }, this.url);
    }
    return { upserted: records.length };
  }

  /**
   * Removes the documents with these ids; returns how many existed. Unknown (and empty) ids are ignored.
   * @throws InvalidInputError when `ids` is not an array of strings; ApiCallError; TimeoutError; the
   * signal's reason.
   */
  async doDelete(options: {
    readonly ids: readonly string[];
    readonly abortSignal?: AbortSignal;
  }): Promise<{ readonly deleted: number }> {
    const { abortSignal } = options;
    abortSignal?.throwIfAborted();
    // An empty id cannot exist (Chroma refuses it), so like any unknown id it is ignored.
    const ids = [...new Set(checkIds(options.ids))].filter((id) => id !== '');
    if (ids.length === 0) return { deleted: 0 };
    const opened = await this.#open(abortSignal);
    const { connection } = this.#policy;
    let deleted = 0;
    try {
      for (let start = 0; start < ids.length; start += opened.batchSize) {
        const batch = ids.slice(start, start + opened.batchSize);
        // Chroma 1.0 reports no count of deleted records, so the existing ones are looked up first.
        const existing = await runChromaCall(
          this.#policy,
          `Looking up records to delete in Chroma collection "${opened.name}"`,
          (client) => connection.collection(client, opened).get({ ids: batch, include: [] }),
          abortSignal,
        );
        if (existing.ids.length === 0) continue;
        await runChromaCall(
          this.#policy,
          `Deleting ${existing.ids.length} records from Chroma collection "${opened.name}"`,
          (client) => connection.collection(client, opened).delete({ ids: existing.ids }),
          abortSignal,
        );
        deleted += existing.ids.length;
      }
    } catch (error) {
      this.#forgetCollectionOn404(error);
      throw error;
    }
    return { deleted };
  }

  /**
   * At most `topK` matches for `text` among the documents passing `filter`, best first; `topK` 0 answers
   * without a request.
   * @throws InvalidInputError for a bad `topK`, `text` or filter; ApiCallError; TimeoutError; the model's
   * error; the signal's reason.
   */
  async doQuery(options: VectorStoreV1QueryOptions): Promise<VectorStoreV1QueryResult> {
    const { abortSignal, topK } = options;
    abortSignal?.throwIfAborted();
    const translated = metadataFilterToWhere(options.filter);
    const { where } = translated;
    const issues = [...translated.issues];
    if (!Number.isInteger(topK) || topK < 0) {
      issues.unshift({ path: 'topK', message: `must be a non-negative integer, got ${topK}` });
    }
    if (typeof options.text !== 'string') issues.unshift({ path: 'text', message: 'must be a string' });
    if (issues.length > 0) throw new InvalidInputError({ source: 'vector store query', issues });
    if (topK === 0) return { matches: [], confident: false };
    const opened = await this.#open(abortSignal);
    const queryEmbeddings = await embedInBatches(this.#options.embeddingModel, [options.text], abortSignal);
    const { connection } = this.#policy;
    try {
      const result = await runChromaCall(
        this.#policy,
        `Querying Chroma collection "${opened.name}"`,
        (client) =>
          connection.collection(client, opened).query({
            queryEmbeddings,
            nResults: topK,
            where,
            include: ['documents', 'metadatas', 'distances'],
          }),
        abortSignal,
      );
      return toVectorStoreQueryResult(
        {
          ids: result.ids[0] ?? [],
          distances: result.distances[0] ?? [],
          documents: result.documents[0] ?? [],
          metadatas: result.metadatas[0] ?? [],
        },
        { topK, minimumRelevance: this.minimumRelevance },
      );
    } catch (error) {
      this.#forgetCollectionOn404(error);
      throw error;
    }
  }

  /**
   * Opens the collection once and shares the result. The opening runs without any caller's signal (each
   * request is still bounded by `timeoutMs` and `retries`), so one caller aborting does not fail the others
   * waiting for it; a failed opening is forgotten, so the next call tries again.
   */
  #open(abortSignal: AbortSignal | undefined): Promise<OpenedChromaCollection> {
    if (this.#opening === undefined) {
      const opening = openChromaCollection(this.#policy, {
        name: this.collectionName,
        embeddingModel: this.#options.embeddingModel,
        batchSize: this.#options.batchSize,
      });
      this.#opening = opening;
      opening.catch(() => {
        if (this.#opening === opening) this.#opening = undefined;
      });
    }
    return waitUnlessAborted(this.#opening, abortSignal);
  }

  /** After a 404 the collection was probably deleted: the next call opens (re-creates) it again. */
  #forgetCollectionOn404(error: unknown): void {
    if (ApiCallError.isInstance(error) && error.statusCode === 404) this.#opening = undefined;
  }
}

function checkIds(ids: readonly string[]): readonly string[] {
  const nonString = Array.isArray(ids) ? ids.findIndex((id) => typeof id !== 'string') : -1;
  if (!Array.isArray(ids) || nonString !== -1) {
    throw new InvalidInputError({
      source: 'ids to delete',
      issues: [
        { path: Array.isArray(ids) ? `ids[${nonString}]` : 'ids', message: 'must be an array of strings' },
      ],
    });
  }
  return ids;
}
