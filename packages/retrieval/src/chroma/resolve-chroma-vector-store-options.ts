import {
  assertSpecificationVersion,
  type EmbeddingModelV1,
  type InputIssue,
  InvalidInputError,
} from '@triagekit/core';
import {
  type ChromaConnection,
  createClientChromaConnection,
  createUrlChromaConnection,
} from './chroma-connection.js';
import {
  type ChromaVectorStoreOptions,
  DEFAULT_CHROMA_BATCH_SIZE,
  DEFAULT_CHROMA_DATABASE,
  DEFAULT_CHROMA_MINIMUM_RELEVANCE,
  DEFAULT_CHROMA_RETRIES,
  DEFAULT_CHROMA_RETRY_DELAY_MS,
  DEFAULT_CHROMA_STORE_ID,
  DEFAULT_CHROMA_TENANT,
  DEFAULT_CHROMA_TIMEOUT_MS,
  DEFAULT_CHROMA_URL,
} from './chroma-vector-store-options.js';
import { deriveChromaCollectionName } from './derive-chroma-collection-name.js';
import { parseChromaUrl } from './parse-chroma-url.js';
import {
  validateChromaCollectionBaseName,
  validateChromaCollectionName,
} from './validate-chroma-collection-name.js';

/** The options of a Chroma store, checked, with defaults applied. */
export interface ResolvedChromaVectorStoreOptions {
  readonly connection: ChromaConnection;
  readonly collectionName: string;
  readonly embeddingModel: EmbeddingModelV1;
  readonly storeId: string;
  readonly batchSize: number;
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly minimumRelevance: number;
}

/**
 * Checks every option and applies the defaults.
 * @throws InvalidInputError naming each invalid option; UnsupportedSpecificationVersionError when the
 * embedding model is not a `v1` model.
 */
export function resolveChromaVectorStoreOptions(
  options: ChromaVectorStoreOptions,
): ResolvedChromaVectorStoreOptions {
  const issues: InputIssue[] = [];
  const model = options.embeddingModel;
  if (typeof model !== 'object' || model === null) {
    throw new InvalidInputError({
      source: 'Chroma vector store options',
      issues: [
        { path: 'embeddingModel', message: 'is required: the store embeds texts itself (EmbeddingModelV1)' },
      ],
    });
  }
  assertSpecificationVersion(model, 'embedding model', 'providerId');
  const integer = (path: string, value: number, minimum: number): number => {
    if (!Number.isInteger(value) || value < minimum) {
      issues.push({ path, message: `must be an integer >= ${minimum}, got ${value}` });
    }
    return value;
  };
  integer('embeddingModel.dimensions', model.dimensions, 1);
  integer('embeddingModel.maxEmbeddingsPerCall', model.maxEmbeddingsPerCall, 1);
  const connection = resolveConnection(options, issues);
  const collectionName = resolveCollectionName(options, model, issues);
  const storeId = options.storeId ?? DEFAULT_CHROMA_STORE_ID;
  if (storeId === '' || /\s/.test(storeId)) {
    issues.push({
      path: 'storeId',
      message: `must be non-empty without whitespace, got ${JSON.stringify(storeId)}`,
    });
  }
  const minimumRelevance = options.minimumRelevance ?? DEFAULT_CHROMA_MINIMUM_RELEVANCE;
  if (!(minimumRelevance >= 0 && minimumRelevance <= 1)) {
    issues.push({ path: 'minimumRelevance', message: `must be within [0, 1], got ${minimumRelevance}` });
  }
  const resolved = {
    connection,
    collectionName,
    embeddingModel: model,
    storeId,
    batchSize: integer('batchSize', options.batchSize ?? DEFAULT_CHROMA_BATCH_SIZE, 1),
    timeoutMs: integer('timeoutMs', options.timeoutMs ?? DEFAULT_CHROMA_TIMEOUT_MS, 1),
    retries: integer('retries', options.retries ?? DEFAULT_CHROMA_RETRIES, 0),
    retryDelayMs: integer('retryDelayMs', options.retryDelayMs ?? DEFAULT_CHROMA_RETRY_DELAY_MS, 0),
    minimumRelevance,
  };
  if (issues.length > 0 || connection === undefined) {
    throw new InvalidInputError({ source: 'Chroma vector store options', issues });
  }
  return { ...resolved, connection };
}

function resolveConnection(
  options: ChromaVectorStoreOptions,
  issues: InputIssue[],
): ChromaConnection | undefined {
  if (options.client !== undefined) {
    const clash = (['url', 'headers', 'tenant', 'database'] as const).filter(
      (key) => options[key] !== undefined,
    );
    for (const key of clash) {
      issues.push({
        path: key,
        message: 'cannot be combined with `client`: configure the ChromaClient itself instead',
      });
    }
    return clash.length === 0 ? createClientChromaConnection(options.client) : undefined;
  }
  const address = parseChromaUrl(options.url ?? DEFAULT_CHROMA_URL);
  if (typeof address === 'string') {
    issues.push({ path: 'url', message: address });
    return undefined;
  }
  return createUrlChromaConnection({
    address,
    tenant: options.tenant ?? DEFAULT_CHROMA_TENANT,
    database: options.database ?? DEFAULT_CHROMA_DATABASE,
    headers: options.headers,
  });
}

function resolveCollectionName(
  options: ChromaVectorStoreOptions,
  model: EmbeddingModelV1,
  issues: InputIssue[],
): string {
  const base = options.collection;
  if (typeof base !== 'string') {
    issues.push({ path: 'collection', message: 'is required, e.g. "runbooks"' });
    return '';
  }
  const derive = options.deriveCollectionName ?? true;
  const problem = derive ? validateChromaCollectionBaseName(base) : validateChromaCollectionName(base);
  if (problem !== undefined) {
    issues.push({
      path: 'collection',
      message: `${JSON.stringify(base)} is not a valid ${derive ? 'base name for a Chroma collection' : 'Chroma collection name'}: it ${problem}`,
    });
    return base;
  }
  return derive
    ? deriveChromaCollectionName({
        name: base,
        providerId: model.providerId,
        modelId: model.modelId,
        dimensions: model.dimensions,
      })
    : base;
}
