import { selectTop } from '../ranking/select-top.js';
import type { StoredEntry } from './stored-entry.js';

/** What {@link VectorIndex.search} found. */
export interface VectorSearchResult {
  /** The most similar documents, best first: position, best chunk cosine similarity, that chunk's index. */
  readonly top: readonly {
    readonly documentIndex: number;
    readonly similarity: number;
    readonly bestChunk: number;
  }[];
  /** Best chunk similarity of any document, or undefined when it has no vector or was filtered out. */
  similarityOf(documentIndex: number): number | undefined;
}

/**
 * The chunk vectors of a store's entries, normalised to unit length in one flat `Float32Array`, so that a
 * query costs one pass of dot products. Chunks without a vector (or of another length) are left out.
 */
export class VectorIndex {
  readonly #dimensions: number;
  readonly #matrix: Float32Array;
  readonly #chunkDocument: Int32Array;
  readonly #chunkIndex: Int32Array;
  readonly #documentCount: number;

  /** @param dimensions - the model's vector length. */
  constructor(entries: readonly StoredEntry[], dimensions: number) {
    this.#dimensions = dimensions;
    this.#documentCount = entries.length;
    const located: { documentIndex: number; chunkIndex: number; vector: Float32Array }[] = [];
    entries.forEach((entry, documentIndex) => {
      entry.chunks.forEach((chunk, chunkIndex) => {
        if (chunk.embedding?.length === dimensions)
          located.push({ documentIndex, chunkIndex, vector: chunk.embedding });
      });
    });
    this.#matrix = new Float32Array(located.length * dimensions);
    this.#chunkDocument = new Int32Array(located.length);
    this.#chunkIndex = new Int32Array(located.length);
    located.forEach((item, row) => {
      this.#chunkDocument[row] = item.documentIndex;
      this.#chunkIndex[row] = item.chunkIndex;
      const norm = vectorNorm(item.vector);
      if (norm === 0) return;
      for (let component = 0; component < dimensions; component += 1) {
        this.#matrix[row * dimensions + component] = (item.vector[component] as number) / norm;
      }
    });
  }

  /** Number of chunks with a vector. */
  get size(): number {
    return this.#chunkDocument.length;
  }

  /**
   * Cosine similarity of `query` to every chunk; a document takes its best chunk.
   * @param options.limit - how many documents `top` holds.
   * @param options.allowDocument - documents for which it returns false are skipped.
   */
  search(
    query: Float32Array,
    options: { readonly limit: number; readonly allowDocument?: (documentIndex: number) => boolean },
  ): VectorSearchResult {
    const dimensions = this.#dimensions;
    const norm = vectorNorm(query);
    const best = new Float64Array(this.#documentCount).fill(Number.NEGATIVE_INFINITY);
    const bestChunk = new Int32Array(this.#documentCount);
    if (norm > 0 && query.length === dimensions) {
      for (let row = 0; row < this.#chunkDocument.length; row += 1) {
        const documentIndex = this.#chunkDocument[row] as number;
        let dot = 0;
        const offset = row * dimensions;
        for (let component = 0; component < dimensions; component += 1) {
          dot += (this.#matrix[offset + component] as number) * (query[component] as number);
        }
        const similarity = dot / norm;
        if (similarity > (best[documentIndex] as number)) {
          best[documentIndex] = similarity;
          bestChunk[documentIndex] = this.#chunkIndex[row] as number;
        }
      }
    }
    const candidates: number[] = [];
    for (let documentIndex = 0; documentIndex < this.#documentCount; documentIndex += 1) {
      if (best[documentIndex] === Number.NEGATIVE_INFINITY) continue;
      if (options.allowDocument !== undefined && !options.allowDocument(documentIndex)) {
        best[documentIndex] = Number.NEGATIVE_INFINITY;
        continue;
      }
      candidates.push(documentIndex);
    }
    const top = selectTop(
      candidates,
      (documentIndex) => best[documentIndex] as number,
      options.limit,
      (left, right) => left - right,
    );
    return {
      top: top.map((documentIndex) => ({
        documentIndex,
        similarity: best[documentIndex] as number,
        bestChunk: bestChunk[documentIndex] as number,
      })),
      similarityOf: (documentIndex) => {
        const similarity = best[documentIndex];
        return similarity === undefined || similarity === Number.NEGATIVE_INFINITY ? undefined : similarity;
      },
    };
  }
}

function vectorNorm(vector: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < vector.length; index += 1) sum += (vector[index] as number) ** 2;
  return Math.sqrt(sum);
}
