// Child process of the crash-safety test: commits generation after generation of a store in the
// directory given as argument, printing "committed <n>" after each commit, until it is killed. Every
// generation rewrites the same DOCUMENTS_PER_GENERATION ids with metadata `generation: n`, so a state
// mixing two generations would show.
import type { StoredDocumentV1 } from '@triagekit/core';
import { createEmbeddedVectorStore } from '../store/create-embedded-vector-store.js';

/** How many documents every generation writes. */
export const DOCUMENTS_PER_GENERATION = 20;

/** The text of document `index` in generation `generation`. */
export function documentText(index: number, generation: number): string {
  // Small: a commit is then mostly file system calls (write, fsync, rename), where a kill should land.
  return `# Runbook ${index}\n\nGeneration ${generation}. The node disk fills up with rotated logs.`;
}

const directory = process.argv[2];
if (directory !== undefined) {
  const store = createEmbeddedVectorStore({ directory });
  for (let generation = 1; ; generation += 1) {
    const documents: StoredDocumentV1[] = Array.from({ length: DOCUMENTS_PER_GENERATION }, (_, index) => ({
      id: `document-${index}`,
      title: `Runbook ${index}`,
      text: documentText(index, generation),
      metadata: { generation },
    }));
    await store.doUpsert({ documents });
    process.stdout.write(`committed ${generation}\n`);
  }
}
