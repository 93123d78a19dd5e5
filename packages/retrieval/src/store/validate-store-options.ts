import { type InputIssue, InvalidInputError } from '@triagekit/core';
import type { EmbeddedVectorStoreOptions } from './embedded-vector-store-options.js';

/**
 * Checks the options of `createEmbeddedVectorStore`.
 * @throws InvalidInputError naming every invalid option.
 */
export function validateStoreOptions(options: EmbeddedVectorStoreOptions): void {
  const issues: InputIssue[] = [];
  const { storeId, minimumRelevance, vectorWeight, vectorRelevance } = options;
  if (storeId !== undefined && !/^\S+$/.test(storeId)) {
    issues.push({ path: 'storeId', message: 'must be non-empty, without whitespace' });
  }
  if (minimumRelevance !== undefined && !(minimumRelevance >= 0 && minimumRelevance <= 1)) {
    issues.push({ path: 'minimumRelevance', message: `must be within [0, 1], got ${minimumRelevance}` });
  }
  const maxChunk = options.chunking?.maxChunkCharacters;
  if (maxChunk !== undefined && !(Number.isInteger(maxChunk) && maxChunk >= 200)) {
    issues.push({
      path: 'chunking.maxChunkCharacters',
      message: `must be an integer of at least 200, got ${maxChunk}`,
    });
  }
  if (vectorWeight !== undefined && !(vectorWeight >= 0)) {
    issues.push({ path: 'vectorWeight', message: `must be a non-negative number, got ${vectorWeight}` });
  }
  if (vectorRelevance !== undefined && !(vectorRelevance.ceiling > vectorRelevance.floor)) {
    issues.push({ path: 'vectorRelevance', message: 'ceiling must be above floor' });
  }
  if (issues.length > 0) throw new InvalidInputError({ source: 'embedded vector store options', issues });
}
