import { ResponseShapeError } from '../errors/response-shape-error.js';

/** The vectors of one batch, in input order, and the tokens it used (when the server says). */
export interface EmbeddingBatch {
  readonly embeddings: number[][];
  readonly tokens?: number;
}

/**
 * Reads `POST /embeddings`: `data[].embedding` ordered by `data[].index` (servers may answer out of order),
 * as plain number arrays (the SDK decodes base64 answers into typed arrays).
 * @throws ResponseShapeError when the count, a vector's length or a component is wrong, with the fix to make.
 */
export function readEmbeddings(body: unknown, expectedCount: number, dimensions: number): EmbeddingBatch {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (!Array.isArray(record.data)) {
    throw new ResponseShapeError('no data array; check that baseURL points at an OpenAI-compatible API');
  }
  const items = (record.data as Record<string, unknown>[])
    .map((item, position) => ({ index: typeof item?.index === 'number' ? item.index : position, item }))
    .sort((left, right) => left.index - right.index);
  if (items.length !== expectedCount) {
    throw new ResponseShapeError(`${items.length} vectors for ${expectedCount} inputs`);
  }
  const embeddings = items.map(({ item, index }) => {
    const raw = item.embedding;
    const vector =
      raw instanceof Float32Array || Array.isArray(raw) ? Array.from(raw as ArrayLike<number>) : undefined;
    if (!vector) throw new ResponseShapeError(`data[${index}].embedding is not a list of numbers`);
    if (vector.length !== dimensions) {
      throw new ResponseShapeError(
        `vectors of length ${vector.length}, but dimensions is ${dimensions}; set dimensions to ${vector.length}`,
      );
    }
    if (!vector.every((component) => typeof component === 'number' && Number.isFinite(component))) {
      throw new ResponseShapeError(`data[${index}].embedding contains a value that is not a finite number`);
    }
    return vector;
  });
  const tokens = (record.usage as Record<string, unknown> | undefined)?.prompt_tokens;
  return { embeddings, ...(typeof tokens === 'number' ? { tokens } : {}) };
}
