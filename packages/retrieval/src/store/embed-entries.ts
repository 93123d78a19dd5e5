import type { EmbeddingModelV1 } from '@triagekit/core';
import { embedTexts } from './embed-texts.js';
import type { StoredChunk, StoredEntry } from './stored-entry.js';

/**
 * Gives every chunk of `entries` that has no vector one from `model` (text: the document title, a blank
 * line, the chunk), in batches. Returns new entries; the input is not changed.
 * @throws as {@link embedTexts} does.
 */
export async function embedEntries(
  model: EmbeddingModelV1,
  entries: readonly StoredEntry[],
  abortSignal: AbortSignal | undefined,
): Promise<StoredEntry[]> {
  const pending: { entry: number; chunk: number; text: string }[] = [];
  entries.forEach((entry, entryIndex) => {
    entry.chunks.forEach((chunk, chunkIndex) => {
      if (chunk.embedding === undefined) {
        pending.push({
          entry: entryIndex,
          chunk: chunkIndex,
          text: `${entry.document.title}\n\n${chunk.text}`,
        });
      }
    });
  });
  const vectors = await embedTexts(
    model,
    pending.map((item) => item.text),
    abortSignal,
  );
  const chunks = entries.map((entry) => [...entry.chunks]);
  pending.forEach((item, position) => {
    const list = chunks[item.entry] as StoredChunk[];
    list[item.chunk] = {
      ...(list[item.chunk] as StoredChunk),
      embedding: vectors[position] as Float32Array,
    };
  });
  return entries.map((entry, index) => ({
    document: entry.document,
    chunks: chunks[index] as StoredChunk[],
  }));
}

/** Gives new chunks the vectors of the old entry's chunks with the same position and text. */
export function reuseEmbeddings(chunks: readonly StoredChunk[], old: StoredEntry | undefined): StoredChunk[] {
  return chunks.map((chunk) => {
    const previous = old?.chunks[chunk.index];
    return previous?.embedding !== undefined &&
      previous.text === chunk.text &&
      previous.heading === chunk.heading
      ? { ...chunk, embedding: previous.embedding }
      : chunk;
  });
}
