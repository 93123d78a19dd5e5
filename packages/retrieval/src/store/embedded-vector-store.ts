import {
  type EmbeddingModelV1,
  InvalidInputError,
  type StoredDocumentV1,
  type VectorStoreV1,
  type VectorStoreV1QueryOptions,
} from '@triagekit/core';
import { chunkDocument } from '../chunking/chunk-document.js';
import { type AnalyzedChunk, analyzeChunkFields } from '../ranking/analyze-chunk-fields.js';
import { LexicalIndex } from '../ranking/lexical-index.js';
import {
  type ResolvedLexicalRankingOptions,
  resolveLexicalRanking,
} from '../ranking/lexical-ranking-options.js';
import {
  DEFAULT_RELEVANCE_CALIBRATION,
  type RelevanceCalibration,
} from '../ranking/relevance-calibration.js';
import { embedEntries, reuseEmbeddings } from './embed-entries.js';
import { embedTexts } from './embed-texts.js';
import type { EmbeddedVectorStoreQueryResult } from './embedded-query-result.js';
import type { EmbeddedVectorStoreOptions } from './embedded-vector-store-options.js';
import { describeModel, modelIdentity, sameModel } from './embedding-model-identity.js';
import { rankQuery } from './rank-query.js';
import { readManifestIdentity, removeAbandonedFiles, writeSnapshot } from './snapshot-directory.js';
import { EMPTY_STATE, loadState, type State } from './store-state.js';
import type { StoredChunk, StoredEntry } from './stored-entry.js';
import { validateDocuments } from './validate-documents.js';
import { validateStoreOptions } from './validate-store-options.js';
import { VectorIndex } from './vector-index.js';

/**
 * The embedded {@link VectorStoreV1}; create it with `createEmbeddedVectorStore`. Documents are chunked by
 * heading and ranked by hybrid lexical (BM25F) and, with an embedding model, vector similarity; matches
 * collapse to one per document. State is read lazily on first use and re-read whenever another process
 * (or store object) has committed a newer state to the same directory. Writes are serialised within
 * the object; see the README for what happens with several writing processes.
 */
export class EmbeddedVectorStore implements VectorStoreV1 {
  /** Always `'v1'`. */
  readonly specificationVersion = 'v1' as const;
  /** From the options; default `'embedded'`. */
  readonly storeId: string;
  /** From the options; undefined for an in-memory store. */
  readonly directory: string | undefined;
  /** Results are `confident` when the best match's relevance reaches this. */
  readonly minimumRelevance: number;
  readonly #options: EmbeddedVectorStoreOptions;
  readonly #ranking: ResolvedLexicalRankingOptions;
  readonly #calibration: RelevanceCalibration;
  readonly #model: EmbeddingModelV1 | undefined;
  #state: State | undefined;
  #index: LexicalIndex | undefined;
  #vectorIndex: VectorIndex | undefined;
  #indexEntries: StoredEntry[] = [];
  #analyzed = new WeakMap<StoredEntry, AnalyzedChunk[]>();
  #queue: Promise<unknown> = Promise.resolve();

  /**
   * Prefer `createEmbeddedVectorStore(options)`. Does no I/O.
   * @throws InvalidInputError when an option is invalid, naming it.
   */
  constructor(options: EmbeddedVectorStoreOptions = {}) {
    this.#options = options;
    this.storeId = options.storeId ?? 'embedded';
    this.directory = options.directory;
    this.minimumRelevance = options.minimumRelevance ?? 0.5;
    this.#ranking = resolveLexicalRanking(options.ranking);
    this.#calibration = { ...DEFAULT_RELEVANCE_CALIBRATION, ...options.calibration };
    this.#model = options.embeddingModel;
    validateStoreOptions(options);
  }

  /**
   * Stores the documents, replacing every chunk of any document with the same id (a later duplicate in
   * the same call wins). With an embedding model, chunks are embedded first (unchanged chunks keep their
   * vectors), so a failing model leaves the store unchanged. On disk, the new state is committed
   * atomically (see the README); an abort before the commit leaves the old state.
   * @returns the number of distinct ids written and of the chunks they were cut into.
   * @throws InvalidInputError for an invalid document (nothing is written); the model's error; a file
   * system error; the signal's reason when aborted.
   */
  async doUpsert(options: {
    readonly documents: readonly StoredDocumentV1[];
    readonly abortSignal?: AbortSignal;
  }): Promise<{ readonly upserted: number; readonly chunks: number }> {
    options.abortSignal?.throwIfAborted();
    validateDocuments(options.documents);
    const latest = new Map<string, StoredDocumentV1>();
    for (const document of options.documents) latest.set(document.id, structuredClone(document));
    return this.#write(async (state) => {
      const entries = new Map(state.entries);
      const reembedAll =
        this.#model !== undefined && !sameModel(state.embeddingModel, this.#model) && state.entries.size > 0;
      const fresh: StoredEntry[] = [];
      for (const document of latest.values()) {
        const chunks = chunkDocument(document, this.#options.chunking);
        fresh.push({
          document,
          chunks: reuseEmbeddings(chunks, reembedAll ? undefined : state.entries.get(document.id)),
        });
      }
      // Vectors of another model cannot be compared with this one's: every chunk is embedded again.
      const toEmbed: StoredEntry[] = reembedAll
        ? [...entries.values()]
            .filter((entry) => !latest.has(entry.document.id))
            .map(
              (entry): StoredEntry => ({
                document: entry.document,
                chunks: entry.chunks.map(withoutEmbedding),
              }),
            )
            .concat(fresh)
        : fresh;
      const embedded = this.#model ? await embedEntries(this.#model, toEmbed, options.abortSignal) : toEmbed;
      for (const entry of embedded) entries.set(entry.document.id, entry);
      const chunks = fresh.reduce((total, entry) => total + entry.chunks.length, 0);
      return { entries, result: { upserted: latest.size, chunks } };
    }, options.abortSignal);
  }

  /**
   * Removes the documents with these ids, all their chunks included; unknown ids are ignored.
   * @returns how many existed.
   * @throws a file system error; the signal's reason when aborted before the commit.
   */
  async doDelete(options: {
    readonly ids: readonly string[];
    readonly abortSignal?: AbortSignal;
  }): Promise<{ readonly deleted: number }> {
    options.abortSignal?.throwIfAborted();
    return this.#write(async (state) => {
      const entries = new Map(state.entries);
      let deleted = 0;
      for (const id of new Set(options.ids)) if (entries.delete(id)) deleted += 1;
      return { entries, result: { deleted }, unchanged: deleted === 0 };
    }, options.abortSignal);
  }

  /**
   * Ranks the documents passing `filter` (scalar equality, array membership, all keys) for `text` and
   * returns at most `topK`, best first, one per document. `confident` is true when the best match's
   * relevance reaches `minimumRelevance`.
   * @throws InvalidInputError when `topK` is not a non-negative integer, or the store is missing and
   * `createIfMissing` is false; a damaged store's error; the model's error; the signal's reason.
   */
  async doQuery(options: VectorStoreV1QueryOptions): Promise<EmbeddedVectorStoreQueryResult> {
    options.abortSignal?.throwIfAborted();
    if (!Number.isInteger(options.topK) || options.topK < 0) {
      throw new InvalidInputError({
        source: 'query',
        issues: [{ path: 'topK', message: `must be a non-negative integer, got ${String(options.topK)}` }],
      });
    }
    const state = await this.#fresh();
    const warnings: string[] = [];
    const index = this.#lexicalIndex(state);
    let queryEmbedding: Float32Array | undefined;
    if (this.#model !== undefined && index.chunkCount > 0) {
      if (sameModel(state.embeddingModel, this.#model)) {
        [queryEmbedding] = await embedTexts(this.#model, [options.text], options.abortSignal);
      } else {
        warnings.push(
          `Vector ranking skipped: the store was embedded with ${describeModel(state.embeddingModel)}, not ` +
            `${describeModel(this.#model)}; upsert the documents again to re-embed them.`,
        );
      }
    }
    options.abortSignal?.throwIfAborted();
    if (queryEmbedding !== undefined && this.#vectorIndex === undefined) {
      this.#vectorIndex = new VectorIndex(this.#indexEntries, queryEmbedding.length);
    }
    const matches = rankQuery(
      {
        index,
        ...(queryEmbedding !== undefined ? { vectorIndex: this.#vectorIndex } : {}),
        entries: this.#indexEntries,
        calibration: this.#calibration,
        vectorWeight: this.#options.vectorWeight ?? 0.5,
        vectorRange: this.#options.vectorRelevance ?? { floor: 0.3, ceiling: 0.8 },
      },
      { text: options.text, topK: options.topK, filter: options.filter, queryEmbedding },
    );
    const best = matches[0];
    return {
      matches,
      confident: best !== undefined && best.relevance >= this.minimumRelevance,
      ...(warnings.length > 0 ? { warnings } : {}),
    };
  }

  /**
   * Counts what the store holds, reading it first if needed.
   * @throws as `doQuery` does when the store cannot be read.
   */
  async count(): Promise<{ readonly documents: number; readonly chunks: number }> {
    const state = await this.#fresh();
    let chunks = 0;
    for (const entry of state.entries.values()) chunks += entry.chunks.length;
    return { documents: state.entries.size, chunks };
  }

  /** The stored document with this id, or undefined. Reads the store first if needed. */
  async getDocument(id: string): Promise<StoredDocumentV1 | undefined> {
    return (await this.#fresh()).entries.get(id)?.document;
  }

  /** The state, re-read from disk when the manifest changed since it was last read or written. */
  async #fresh(): Promise<State> {
    const directory = this.directory;
    if (directory === undefined) {
      this.#state ??= EMPTY_STATE;
      return this.#state;
    }
    const identity = await readManifestIdentity(directory);
    if (this.#state !== undefined && identity === this.#state.identity) return this.#state;
    if (identity === undefined && this.#options.createIfMissing === false) {
      throw new InvalidInputError({
        source: `embedded store ${directory}`,
        issues: [{ path: '', message: 'does not exist or holds no committed store' }],
        hint: 'Run `triagekit index <PATH...> --store <DIR>` first, or check the directory.',
      });
    }
    const before = this.#state;
    const loaded = await loadState(directory, identity, before);
    // Another call (a write, or a load that finished first) may have set a state meanwhile: keep it.
    if (this.#state !== before && this.#state !== undefined) return this.#state;
    this.#state = loaded;
    this.#index = undefined;
    return this.#state;
  }

  /** Runs `change` on the latest state and commits what it returns; one write at a time. */
  async #write<Result>(
    change: (
      state: State,
    ) => Promise<{ entries: Map<string, StoredEntry>; result: Result; unchanged?: boolean }>,
    abortSignal: AbortSignal | undefined,
  ): Promise<Result> {
    const run = async (): Promise<Result> => {
      abortSignal?.throwIfAborted();
      const state = await this.#fresh();
      const { entries, result, unchanged } = await change(state);
      abortSignal?.throwIfAborted();
      if (unchanged) return result;
      const embeddingModel = this.#model ? modelIdentity(this.#model) : state.embeddingModel;
      let identity = state.identity;
      let committedFiles = state.committedFiles;
      if (this.directory !== undefined) {
        await removeAbandonedFiles(this.directory, state.generation, state.committedFiles);
        ({ identity, committedFiles } = await writeSnapshot(
          this.directory,
          state.generation + 1,
          entries.values(),
          embeddingModel,
          () => abortSignal?.throwIfAborted(),
        ));
      }
      this.#state = { entries, generation: state.generation + 1, identity, committedFiles, embeddingModel };
      this.#index = undefined;
      return result;
    };
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => {});
    return next;
  }

  #lexicalIndex(state: State): LexicalIndex {
    if (this.#index !== undefined) return this.#index;
    const entries = [...state.entries.values()];
    const analysis = this.#ranking.analysis;
    this.#vectorIndex = undefined;
    this.#index = new LexicalIndex(
      entries.map((entry) => {
        let analyzed = this.#analyzed.get(entry);
        if (analyzed === undefined) {
          analyzed = analyzeChunkFields(entry.document, entry.chunks, analysis);
          this.#analyzed.set(entry, analyzed);
        }
        return { document: entry.document, chunks: entry.chunks, analyzed };
      }),
      this.#ranking,
    );
    this.#indexEntries = entries;
    return this.#index;
  }
}

function withoutEmbedding(chunk: StoredChunk): StoredChunk {
  const { embedding: _embedding, ...rest } = chunk;
  return rest;
}
