import type { EmbeddingModelV1 } from '../spec/embedding-model-v1.js';
import type {
  MetadataFilterV1,
  StoredDocumentV1,
  VectorStoreV1,
  VectorStoreV1Match,
  VectorStoreV1QueryOptions,
  VectorStoreV1QueryResult,
} from '../spec/vector-store-v1.js';
import { cosineSimilarity } from './internal/cosine-similarity.js';
import { tokenizeWords } from './internal/tokenize-words.js';

/** Options of {@link InMemoryVectorStoreV1}. */
export interface InMemoryVectorStoreV1Options {
  /** Default `'in-memory'`. */
  readonly storeId?: string;
  /**
   * Embeds documents on upsert and the query text on query, ranking by cosine similarity. Without one the
   * store ranks lexically (TF-IDF cosine over lowercase words) and needs no model at all.
   */
  readonly embeddingModel?: EmbeddingModelV1;
  /** Results are `confident` when the best match's relevance reaches this, in [0, 1]. Default 0.3. */
  readonly minimumRelevance?: number;
}

interface Entry {
  readonly document: StoredDocumentV1;
  /** Present only when the store has an embedding model. */
  readonly embedding?: readonly number[];
}

/**
 * A {@link VectorStoreV1} held in a `Map`, for tests and small knowledge bases. `score` is the cosine
 * similarity and `relevance` the same clamped to [0, 1], so it compares across queries. Documents with no
 * similarity at all (score <= 0) are left out; ties are broken by id so results are deterministic.
 * Stored documents are copies: changing a document after upserting it does not change the store.
 */
export class InMemoryVectorStoreV1 implements VectorStoreV1 {
  /** Always `'v1'`. */
  readonly specificationVersion = 'v1' as const;
  /** From the options; default `'in-memory'`. */
  readonly storeId: string;
  /** From the options; default 0.3. */
  readonly minimumRelevance: number;
  readonly #embeddingModel: EmbeddingModelV1 | undefined;
  readonly #entries = new Map<string, Entry>();

  /**
   * @param options - see {@link InMemoryVectorStoreV1Options}.
   * @throws RangeError when `minimumRelevance` is outside [0, 1].
   */
  constructor(options: InMemoryVectorStoreV1Options = {}) {
    this.storeId = options.storeId ?? 'in-memory';
    this.#embeddingModel = options.embeddingModel;
    this.minimumRelevance = options.minimumRelevance ?? 0.3;
    if (!(this.minimumRelevance >= 0 && this.minimumRelevance <= 1)) {
      throw new RangeError(`minimumRelevance must be within [0, 1], got ${this.minimumRelevance}.`);
    }
  }

  /** Number of documents stored. */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * Stores the documents, replacing any with the same id (a later duplicate in the same call wins).
   * Embeds them first when the store has a model, in batches of its `maxEmbeddingsPerCall`, so a failing
   * model leaves the store unchanged.
   * @returns the number of distinct ids written.
   * @throws the model's error, an `Error` when it returns the wrong number or length of vectors, or the
   * signal's reason when aborted.
   */
  async doUpsert(options: {
    readonly documents: readonly StoredDocumentV1[];
    readonly abortSignal?: AbortSignal;
  }): Promise<{ readonly upserted: number }> {
    options.abortSignal?.throwIfAborted();
    const documents = options.documents.map((document) => structuredClone(document));
    const embeddings = await this.#embed(
      documents.map((document) => `${document.title}\n${document.text}`),
      options.abortSignal,
    );
    const written = new Set<string>();
    documents.forEach((document, index) => {
      this.#entries.set(document.id, { document, embedding: embeddings?.[index] });
      written.add(document.id);
    });
    return { upserted: written.size };
  }

  /** Removes the documents with these ids; returns how many existed. Unknown ids are ignored. */
  async doDelete(options: {
    readonly ids: readonly string[];
    readonly abortSignal?: AbortSignal;
  }): Promise<{ readonly deleted: number }> {
    options.abortSignal?.throwIfAborted();
    let deleted = 0;
    for (const id of new Set(options.ids)) {
      if (this.#entries.delete(id)) deleted += 1;
    }
    return { deleted };
  }

  /**
   * Ranks the documents that pass `filter` (equality on scalar metadata, membership on array metadata,
   * every key must match) and returns at most `topK`, best first.
   * @throws RangeError when `topK` is not a non-negative integer; the model's error; the signal's reason.
   */
  async doQuery(options: VectorStoreV1QueryOptions): Promise<VectorStoreV1QueryResult> {
    options.abortSignal?.throwIfAborted();
    if (!Number.isInteger(options.topK) || options.topK < 0) {
      throw new RangeError(`topK must be a non-negative integer, got ${options.topK}.`);
    }
    const candidates = [...this.#entries.values()].filter((entry) =>
      matchesFilter(entry.document, options.filter),
    );
    const scores = await this.#score(options.text, candidates, options.abortSignal);
    const matches: VectorStoreV1Match[] = candidates
      .map((entry, index) => {
        const score = scores[index] ?? 0;
        return { document: entry.document, score, relevance: Math.min(1, Math.max(0, score)) };
      })
      .filter((match) => match.score > 0)
      .sort((left, right) => right.score - left.score || compareIds(left.document.id, right.document.id))
      .slice(0, options.topK);
    const best = matches[0];
    return { matches, confident: best !== undefined && best.relevance >= this.minimumRelevance };
  }

  async #score(text: string, candidates: readonly Entry[], abortSignal?: AbortSignal): Promise<number[]> {
    if (candidates.length === 0) return [];
    const queryEmbedding = (await this.#embed([text], abortSignal))?.[0];
    if (queryEmbedding === undefined) {
      return lexicalScores(
        text,
        candidates.map((entry) => entry.document),
        [...this.#entries.values()].map((entry) => entry.document),
      );
    }
    return candidates.map((entry) =>
      entry.embedding ? cosineSimilarity(queryEmbedding, entry.embedding) : 0,
    );
  }

  /** Vectors for `texts` in batches the model accepts, or `undefined` without a model. */
  async #embed(texts: readonly string[], abortSignal?: AbortSignal): Promise<number[][] | undefined> {
    const model = this.#embeddingModel;
    if (model === undefined) return undefined;
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += model.maxEmbeddingsPerCall) {
      const values = texts.slice(start, start + model.maxEmbeddingsPerCall);
      const result = await model.doEmbed({ values, abortSignal });
      if (result.embeddings.length !== values.length) {
        throw new Error(
          `Embedding model "${model.providerId}:${model.modelId}" returned ${result.embeddings.length} vectors for ${values.length} values.`,
        );
      }
      for (const embedding of result.embeddings) {
        if (embedding.length !== model.dimensions) {
          throw new Error(
            `Embedding model "${model.providerId}:${model.modelId}" returned a vector of length ${embedding.length}, expected ${model.dimensions}.`,
          );
        }
        vectors.push([...embedding]);
      }
    }
    return vectors;
  }
}

function matchesFilter(document: StoredDocumentV1, filter: MetadataFilterV1 | undefined): boolean {
  if (filter === undefined) return true;
  return Object.entries(filter).every(([key, expected]) => {
    // Own properties only: a filter on `constructor` must not match every document through the prototype.
    if (!Object.hasOwn(document.metadata, key)) return false;
    const actual = document.metadata[key];
    // Array metadata holds strings, so only a string filter value can be one of its members.
    if (Array.isArray(actual)) return typeof expected === 'string' && actual.includes(expected);
    return actual === expected;
  });
}

// Plain code-unit order rather than localeCompare, so ties sort the same under every locale.
function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * TF-IDF cosine of the query against each candidate. Inverse document frequency is computed over the
 * whole store (not just the filtered candidates) so a filter does not change how much a word weighs.
 */
function lexicalScores(
  query: string,
  candidates: readonly StoredDocumentV1[],
  corpus: readonly StoredDocumentV1[],
): number[] {
  const documentFrequency = new Map<string, number>();
  for (const document of corpus) {
    for (const term of new Set(tokenizeWords(`${document.title} ${document.text}`))) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  // Smoothed so that every weight is positive, even for a word that is in every document or in none.
  const inverseDocumentFrequency = (term: string): number =>
    Math.log((corpus.length + 1) / ((documentFrequency.get(term) ?? 0) + 1)) + 1;
  const weigh = (text: string): Map<string, number> => {
    const weights = new Map<string, number>();
    for (const term of tokenizeWords(text)) weights.set(term, (weights.get(term) ?? 0) + 1);
    for (const [term, count] of weights) weights.set(term, count * inverseDocumentFrequency(term));
    return weights;
  };
  const queryWeights = weigh(query);
  return candidates.map((document) =>
    sparseCosine(queryWeights, weigh(`${document.title} ${document.text}`)),
  );
}

function sparseCosine(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [term, weight] of left) dot += weight * (right.get(term) ?? 0);
  if (dot === 0) return 0;
  const norm = (vector: ReadonlyMap<string, number>): number =>
    Math.sqrt([...vector.values()].reduce((total, weight) => total + weight * weight, 0));
  return dot / (norm(left) * norm(right));
}
