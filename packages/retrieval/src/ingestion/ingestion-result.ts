import type { StoredDocumentV1 } from '@triagekit/core';

/** Something that was not ingested, and why. */
export interface SkippedInput {
  /** Where it came from: a file (`runbooks/disk.md`) or a file and line (`kb.jsonl:12`). */
  readonly source: string;
  /** What was wrong and what to do about it. */
  readonly reason: string;
}

/** What `readKnowledgeBase` read. */
export interface IngestionResult {
  /** One per id, in the order first seen; for a duplicate id, the last definition. */
  readonly documents: StoredDocumentV1[];
  /** Files and lines left out, each with its reason; the rest was still read. */
  readonly skipped: SkippedInput[];
  /** Usable but worth knowing, e.g. a duplicate id whose earlier definition was replaced. */
  readonly warnings: string[];
}
