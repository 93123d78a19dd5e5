import { readSnapshot } from './snapshot-directory.js';
import type { EmbeddingModelIdentity, StoredEntry } from './stored-entry.js';

/** What a store object holds of its committed state. */
export interface State {
  readonly entries: ReadonlyMap<string, StoredEntry>;
  readonly generation: number;
  /** Fingerprint of the manifest this state was read from or written as; undefined before the first commit. */
  readonly identity: string | undefined;
  readonly committedFiles: readonly string[];
  readonly embeddingModel: EmbeddingModelIdentity | undefined;
}

/** The state of a store nothing was written to. */
export const EMPTY_STATE: State = {
  entries: new Map(),
  generation: 0,
  identity: undefined,
  committedFiles: [],
  embeddingModel: undefined,
};

/**
 * Whether two entries hold the same document and chunks (vectors present or not alike), so that an entry
 * read again from disk can be replaced by the one already analysed.
 */
export function sameEntry(left: StoredEntry, right: StoredEntry): boolean {
  return (
    left.document.title === right.document.title &&
    left.document.text === right.document.text &&
    JSON.stringify(left.document.metadata) === JSON.stringify(right.document.metadata) &&
    left.chunks.length === right.chunks.length &&
    left.chunks.every((chunk, index) => {
      const other = right.chunks[index];
      return (
        other !== undefined &&
        other.text === chunk.text &&
        (chunk.embedding === undefined) === (other.embedding === undefined)
      );
    })
  );
}

/**
 * Reads the committed state of `directory` (or an empty state when it has none, with `identity`),
 * keeping the entry objects of `previous` that did not change, so their cached analysis is reused.
 * @throws as `readSnapshot` does.
 */
export async function loadState(
  directory: string,
  identity: string | undefined,
  previous: State | undefined,
): Promise<State> {
  const loaded = await readSnapshot(directory);
  if (loaded === undefined) return { ...EMPTY_STATE, identity };
  const entries = new Map<string, StoredEntry>();
  for (const entry of loaded.entries) {
    const old = previous?.entries.get(entry.document.id);
    entries.set(entry.document.id, old !== undefined && sameEntry(old, entry) ? old : entry);
  }
  return {
    entries,
    generation: loaded.generation,
    identity: loaded.identity,
    committedFiles: loaded.committedFiles,
    embeddingModel: loaded.embeddingModel,
  };
}
