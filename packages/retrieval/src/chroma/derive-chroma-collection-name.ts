import { CHROMA_COLLECTION_NAME_MAX_LENGTH } from './validate-chroma-collection-name.js';

/** What a derived collection name is made of. */
export interface ChromaCollectionNameParts {
  /** The base name chosen by the user, e.g. `runbooks`; must itself start with a letter or digit. */
  readonly name: string;
  /** The embedding model's `providerId`, e.g. `openai`. */
  readonly providerId: string;
  /** The embedding model's `modelId`, e.g. `text-embedding-3-small`. */
  readonly modelId: string;
  /** The embedding model's vector length. */
  readonly dimensions: number;
}

const disallowedRun = /[^a-zA-Z0-9._-]+/g;

/**
 * Derives the Chroma collection name for a base name and an embedding model:
 * `<name>-<providerId>-<modelId>-<dimensions>`, e.g. `runbooks-openai-text-embedding-3-small-1536`, so that
 * switching models writes to a new collection instead of mixing incomparable vectors in one.
 *
 * Characters Chroma does not allow in names become `-`; because two model ids could then collide (`a/b` and
 * `a:b`), a short hash of the exact `providerId:modelId` is added whenever a character had to be replaced or
 * the name had to be shortened to Chroma's 512-character limit. The result always ends with the dimensions,
 * so it ends with a digit as Chroma requires.
 */
export function deriveChromaCollectionName(parts: ChromaCollectionNameParts): string {
  const provider = parts.providerId.replace(disallowedRun, '-');
  const model = parts.modelId.replace(disallowedRun, '-');
  const lossless = provider === parts.providerId && model === parts.modelId;
  const suffix = `-${parts.dimensions}`;
  const plain = `${parts.name}-${provider}-${model}${suffix}`;
  if (lossless && plain.length <= CHROMA_COLLECTION_NAME_MAX_LENGTH) return plain;
  const hash = `-${fnv1a32(`${parts.providerId}:${parts.modelId}`)}`;
  const head = `${parts.name}-${provider}-${model}`;
  const room = CHROMA_COLLECTION_NAME_MAX_LENGTH - hash.length - suffix.length;
  return `${head.slice(0, room)}${hash}${suffix}`;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: stable across runs and platforms. */
function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
