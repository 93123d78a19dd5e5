import type { KnowledgeBaseOptions, MetadataFilterV1 } from '@triagekit/core';
import type { IngestionResult } from '../ingestion/ingestion-result.js';
import { readKnowledgeBase } from '../ingestion/read-knowledge-base.js';
import { createEmbeddedVectorStore } from '../store/create-embedded-vector-store.js';
import type { EmbeddedVectorStore } from '../store/embedded-vector-store.js';
import type { EmbeddedVectorStoreOptions } from '../store/embedded-vector-store-options.js';

/** Options of {@link createKnowledgeBaseFromDirectory}. */
export interface KnowledgeBaseFromDirectoryOptions {
  /** Directories of Markdown files, Markdown files or `.jsonl` files; see `readKnowledgeBase`. */
  readonly paths: string | readonly string[];
  /** Options of the embedded store the documents go into; in memory unless `directory` is set. */
  readonly store?: EmbeddedVectorStoreOptions;
  /** Where relative paths start. Default `process.cwd()`. */
  readonly cwd?: string;
  /** How many matches the report lists. Default: the pipeline's (3). */
  readonly topK?: number;
  /** Restricts matches, e.g. `{ kind: 'runbook' }`. */
  readonly filter?: MetadataFilterV1;
  /** Timeout of each query, in milliseconds. Default: the pipeline's (10,000). */
  readonly timeoutMs?: number;
  readonly abortSignal?: AbortSignal;
}

/** A pipeline `knowledgeBase` with the store behind it and what was read into it. */
export interface KnowledgeBaseFromDirectory extends KnowledgeBaseOptions {
  readonly store: EmbeddedVectorStore;
  /** Documents read, files and lines skipped (with reasons) and warnings. */
  readonly ingestion: IngestionResult;
}

/**
 * Reads runbooks and post-mortems from `paths` into an embedded store and returns it as the pipeline's
 * `knowledgeBase` option: `createTriagePipeline({ knowledgeBase: await createKnowledgeBaseFromDirectory({
 * paths: './runbooks' }) })`. Skipped files are listed in `ingestion.skipped`, not thrown.
 * @throws InvalidInputError when a path does not exist or is of an unsupported kind, or a store option is
 * invalid; a file system error when the store cannot be written; the signal's reason when aborted.
 */
export async function createKnowledgeBaseFromDirectory(
  options: KnowledgeBaseFromDirectoryOptions,
): Promise<KnowledgeBaseFromDirectory> {
  const store = createEmbeddedVectorStore(options.store);
  const paths = typeof options.paths === 'string' ? [options.paths] : options.paths;
  const ingestion = await readKnowledgeBase(paths, { cwd: options.cwd, abortSignal: options.abortSignal });
  if (ingestion.documents.length > 0) {
    await store.doUpsert({ documents: ingestion.documents, abortSignal: options.abortSignal });
  }
  return {
    store,
    ingestion,
    ...(options.topK !== undefined ? { topK: options.topK } : {}),
    ...(options.filter !== undefined ? { filter: options.filter } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
}
