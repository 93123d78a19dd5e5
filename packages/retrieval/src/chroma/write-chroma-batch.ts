import type { OpenedChromaCollection } from './open-chroma-collection.js';
import type { ChromaRecordToWrite } from './prepare-chroma-records.js';
import { type ChromaCallPolicy, runChromaCall } from './run-chroma-call.js';

/** What {@link writeChromaBatch} did. */
export interface ChromaBatchWrite {
  /** Ids removed before the upsert because their old metadata had keys the new one lacks. */
  readonly removedIds: readonly string[];
}

/**
 * Writes one batch with replace semantics. Chroma's upsert *merges* metadata into an existing record, so a
 * key the new version no longer has (a removed `services` value, say) would survive and still match filters.
 * The batch's existing records are therefore read first; those holding keys the new metadata lacks are
 * deleted, then the whole batch is upserted. Records whose keys are unchanged are simply upserted in place
 * (never absent from queries).
 * @param onRemoved - called once the stale records are deleted, so a later failure can say which were.
 */
export async function writeChromaBatch(
  policy: ChromaCallPolicy,
  opened: OpenedChromaCollection,
  batch: { readonly records: readonly ChromaRecordToWrite[]; readonly embeddings: number[][] },
  abortSignal: AbortSignal | undefined,
  onRemoved: (ids: readonly string[]) => void,
): Promise<ChromaBatchWrite> {
  const { connection } = policy;
  const ids = batch.records.map((record) => record.id);
  const target = `Chroma collection "${opened.name}"`;
  const existing = await runChromaCall(
    policy,
    `Reading existing records of ${target}`,
    (client) => connection.collection(client, opened).get({ ids, include: ['metadatas'] }),
    abortSignal,
  );
  const wanted = new Map(batch.records.map((record) => [record.id, record.metadata]));
  const removedIds = existing.ids.filter((id, index) => {
    const old = existing.metadatas[index] ?? {};
    const next = wanted.get(id) ?? {};
    return Object.keys(old).some((key) => !Object.hasOwn(next, key));
  });
  if (removedIds.length > 0) {
    await runChromaCall(
      policy,
      `Removing records with stale metadata from ${target}`,
      (client) => connection.collection(client, opened).delete({ ids: [...removedIds] }),
      abortSignal,
    );
    onRemoved(removedIds);
  }
  await runChromaCall(
    policy,
    `Upserting ${ids.length} records into ${target}`,
    (client) =>
      connection.collection(client, opened).upsert({
        ids,
        embeddings: batch.embeddings,
        documents: batch.records.map((record) => record.text),
        metadatas: batch.records.map((record) => record.metadata),
      }),
    abortSignal,
  );
  return { removedIds };
}
