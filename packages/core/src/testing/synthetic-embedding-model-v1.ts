import type {
  EmbeddingModelV1,
  EmbeddingModelV1EmbedOptions,
  EmbeddingModelV1EmbedResult,
} from '../spec/embedding-model-v1.js';
import { hashString } from './internal/hash-string.js';
import { tokenizeWords } from './internal/tokenize-words.js';

/** Options of {@link SyntheticEmbeddingModelV1}. */
export interface SyntheticEmbeddingModelV1Options {
  /** Default `'synthetic'`. */
  readonly providerId?: string;
  /** Default `'synthetic-hash'`. */
  readonly modelId?: string;
  /** Vector length, a positive integer. Default 256. */
  readonly dimensions?: number;
  /** Largest batch `doEmbed` accepts, a positive integer. Default 100. */
  readonly maxEmbeddingsPerCall?: number;
}

// Whole words carry the meaning; trigrams only add a little tolerance for inflections ("restart", "restarts").
const wordWeight = 1;
const trigramWeight = 0.5;

/**
 * A deterministic, offline {@link EmbeddingModelV1}. Each lowercase word and each character trigram of
 * each word is hashed into a bucket with a hashed sign, and the vector is L2-normalised: texts sharing
 * words have a clearly higher cosine similarity than unrelated texts, whose similarity stays near 0. Text
 * without letters or digits maps to the zero vector. Not a language model: synonyms are unrelated.
 *
 * Hash collisions add noise of about 1/sqrt(dimensions) to every similarity: the default 256 keeps
 * unrelated texts near 0.1; at 64, unrelated texts can reach 0.3, too close to relevance thresholds.
 */
export class SyntheticEmbeddingModelV1 implements EmbeddingModelV1 {
  /** Always `'v1'`. */
  readonly specificationVersion = 'v1' as const;
  /** From the options; default `'synthetic'`. */
  readonly providerId: string;
  /** From the options; default `'synthetic-hash'`. */
  readonly modelId: string;
  /** From the options; default 64. */
  readonly dimensions: number;
  /** From the options; default 100. */
  readonly maxEmbeddingsPerCall: number;
  /** The options of every `doEmbed` call, oldest first, including calls that failed. */
  readonly calls: EmbeddingModelV1EmbedOptions[] = [];

  /**
   * @param options - see {@link SyntheticEmbeddingModelV1Options}.
   * @throws RangeError when `dimensions` or `maxEmbeddingsPerCall` is not a positive integer.
   */
  constructor(options: SyntheticEmbeddingModelV1Options = {}) {
    this.providerId = options.providerId ?? 'synthetic';
    this.modelId = options.modelId ?? 'synthetic-hash';
    this.dimensions = requirePositiveInteger(options.dimensions ?? 256, 'dimensions');
    this.maxEmbeddingsPerCall = requirePositiveInteger(
      options.maxEmbeddingsPerCall ?? 100,
      'maxEmbeddingsPerCall',
    );
  }

  /**
   * Embeds every value; `usage.tokens` counts their words.
   * @throws RangeError when given more than `maxEmbeddingsPerCall` values; the signal's reason when aborted.
   */
  async doEmbed(options: EmbeddingModelV1EmbedOptions): Promise<EmbeddingModelV1EmbedResult> {
    this.calls.push(options);
    options.abortSignal?.throwIfAborted();
    if (options.values.length > this.maxEmbeddingsPerCall) {
      throw new RangeError(
        `SyntheticEmbeddingModelV1 "${this.modelId}" was given ${options.values.length} values in one call, ` +
          `but maxEmbeddingsPerCall is ${this.maxEmbeddingsPerCall}; split the values into batches.`,
      );
    }
    let tokens = 0;
    const embeddings = options.values.map((value) => {
      const words = tokenizeWords(value);
      tokens += words.length;
      return this.#embedWords(words);
    });
    return { embeddings, usage: { tokens } };
  }

  #embedWords(words: readonly string[]): number[] {
    const vector = new Array<number>(this.dimensions).fill(0);
    const add = (feature: string, weight: number): void => {
      const hash = hashString(feature);
      const bucket = hash % this.dimensions;
      // A hashed sign keeps collisions between unrelated features from adding up to a spurious similarity.
      const sign = hash >>> 31 === 0 ? 1 : -1;
      vector[bucket] = (vector[bucket] ?? 0) + sign * weight;
    };
    for (const word of words) {
      add(`w:${word}`, wordWeight);
      const padded = ` ${word} `;
      for (let index = 0; index + 3 <= padded.length; index += 1) {
        add(`t:${padded.slice(index, index + 3)}`, trigramWeight);
      }
    }
    const norm = Math.sqrt(vector.reduce((total, component) => total + component * component, 0));
    return norm === 0 ? vector : vector.map((component) => component / norm);
  }
}

function requirePositiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`SyntheticEmbeddingModelV1 ${name} must be a positive integer, got ${value}.`);
  }
  return value;
}
