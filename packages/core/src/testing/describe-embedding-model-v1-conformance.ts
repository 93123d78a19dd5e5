import { describe, it } from 'vitest';
import type { EmbeddingModelV1 } from '../spec/embedding-model-v1.js';
import {
  checkEmbeddingModelV1Deterministic,
  checkEmbeddingModelV1Identity,
  checkEmbeddingModelV1Vectors,
} from './checks/embedding-model-v1-checks.js';

/** Options of {@link describeEmbeddingModelV1Conformance}. */
export interface EmbeddingModelV1ConformanceOptions {
  /** Names the `describe` block. Default `'embedding model'`. */
  readonly name?: string;
  /** Returns a new model; called once per test. Two tests make real `doEmbed` calls. */
  readonly create: () => EmbeddingModelV1 | Promise<EmbeddingModelV1>;
  /** Texts to embed; at most `maxEmbeddingsPerCall` are sent. Default: three short incident texts. */
  readonly values?: readonly string[];
  /**
   * Largest per-component difference allowed between two embeddings of the same text. Default 1e-6;
   * raise it for remote models that are not bit-for-bit reproducible.
   */
  readonly tolerance?: number;
  /** Per-test timeout in milliseconds, for remote models. Default: vitest's. */
  readonly timeoutMs?: number;
}

/**
 * Registers a vitest `describe` block checking that an embedding model follows EmbeddingModelV1: a
 * `'v1'` specificationVersion, ids, positive integer `dimensions` and `maxEmbeddingsPerCall`; one vector
 * per input, each of length `dimensions` and made of finite numbers; the same vectors for the same input.
 * Call it at the top level of a test file.
 */
export function describeEmbeddingModelV1Conformance(options: EmbeddingModelV1ConformanceOptions): void {
  const values = options.values ?? [
    'disk full on node worker-3: no space left on device',
    'TLS certificate for api.example.com expires in 2 days',
    'payments p99 latency above 2s after deploy',
  ];
  const { timeoutMs } = options;
  describe(`${options.name ?? 'embedding model'} conforms to EmbeddingModelV1`, () => {
    it(
      'declares specificationVersion "v1", ids, dimensions and maxEmbeddingsPerCall',
      async () => {
        checkEmbeddingModelV1Identity(await options.create());
      },
      timeoutMs,
    );
    it(
      'returns one finite vector of length dimensions per input, in order',
      async () => {
        await checkEmbeddingModelV1Vectors(await options.create(), values);
      },
      timeoutMs,
    );
    it(
      'returns the same vectors for the same input',
      async () => {
        await checkEmbeddingModelV1Deterministic(await options.create(), values, options.tolerance);
      },
      timeoutMs,
    );
  });
}
