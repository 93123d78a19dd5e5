export interface EmbeddingModelV1EmbedOptions {
  readonly values: readonly string[];
  readonly abortSignal?: AbortSignal;
}

export interface EmbeddingModelV1EmbedResult {
  /** One vector per input value, in input order, all of length `dimensions`. */
  readonly embeddings: readonly (readonly number[])[];
  readonly usage?: { readonly tokens: number };
  readonly warnings?: readonly string[];
}

/** Turns texts into vectors. Callers split inputs into batches of at most `maxEmbeddingsPerCall`. */
export interface EmbeddingModelV1 {
  readonly specificationVersion: 'v1';
  readonly providerId: string;
  readonly modelId: string;
  /** Vector length. */
  readonly dimensions: number;
  readonly maxEmbeddingsPerCall: number;
  doEmbed(options: EmbeddingModelV1EmbedOptions): Promise<EmbeddingModelV1EmbedResult>;
}
