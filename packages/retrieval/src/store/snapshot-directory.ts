import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidInputError } from '@triagekit/core';
import {
  decodeSnapshot,
  encodeSnapshot,
  FORMAT_VERSION,
  MANIFEST_FORMAT,
  type Manifest,
  type ManifestFile,
  validateManifest,
} from './snapshot-format.js';
import type { EmbeddingModelIdentity, StoredEntry } from './stored-entry.js';
import { TEMPORARY_SUFFIX, writeFileDurably } from './write-file-durably.js';

/** Name of the file whose atomic replacement commits each write. */
export const MANIFEST_NAME = 'manifest.json';

/** A committed state read from disk. */
export interface LoadedSnapshot {
  readonly generation: number;
  readonly entries: StoredEntry[];
  readonly embeddingModel: EmbeddingModelIdentity | undefined;
  /** Identity of the manifest file read, see {@link readManifestIdentity}. */
  readonly identity: string;
  /** Names of the data files the manifest commits. */
  readonly committedFiles: readonly string[];
}

const dataFilePattern = /^(documents|vectors)-(\d+)-[0-9a-f]+\.(json|f32)$/;

/**
 * A cheap fingerprint of `manifest.json` (inode, size, modification time), or undefined when there is
 * none. Every commit renames a new file over it, so the fingerprint changes with every write by any process.
 */
export async function readManifestIdentity(directory: string): Promise<string | undefined> {
  try {
    const info = await stat(join(directory, MANIFEST_NAME), { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Reads the state the manifest commits, verifying the size and SHA-256 of every file it names. Files the
 * manifest does not name (a crashed writer's temporary or uncommitted files) are never read.
 * @returns undefined when the directory or its manifest does not exist.
 * @throws InvalidInputError when the manifest or a file it names is missing, damaged or of another version.
 */
export async function readSnapshot(directory: string): Promise<LoadedSnapshot | undefined> {
  // A writer removes superseded files right after committing; a reader that read the old manifest just
  // before then finds its files gone. Reading again picks up the new manifest.
  for (let attempt = 1; ; attempt += 1) {
    const identity = await readManifestIdentity(directory);
    try {
      return await readSnapshotOnce(directory);
    } catch (error) {
      if (attempt >= 3 || (await readManifestIdentity(directory)) === identity) throw error;
    }
  }
}

async function readSnapshotOnce(directory: string): Promise<LoadedSnapshot | undefined> {
  const source = `embedded store ${directory}`;
  // Identity first: if a writer commits between the two reads, the next check sees a newer identity and reloads.
  const identity = await readManifestIdentity(directory);
  if (identity === undefined) return undefined;
  let manifestText: string;
  try {
    manifestText = await readFile(join(directory, MANIFEST_NAME), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText);
  } catch (error) {
    throw new InvalidInputError({
      source,
      issues: [{ path: MANIFEST_NAME, message: 'is not valid JSON' }],
      hint: 'The store is damaged; index the documents again into a new directory.',
      cause: error,
    });
  }
  const manifest = validateManifest(source, parsed);
  const documents = await readVerified(directory, manifest.documents, source);
  const vectors = manifest.vectors ? await readVerified(directory, manifest.vectors, source) : undefined;
  const decoded = decodeSnapshot(source, documents, vectors);
  const committedFiles = [manifest.documents.name, ...(manifest.vectors ? [manifest.vectors.name] : [])];
  return { generation: manifest.generation, ...decoded, identity, committedFiles };
}

async function readVerified(directory: string, file: ManifestFile, source: string): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await readFile(join(directory, file.name));
  } catch (error) {
    throw new InvalidInputError({
      source,
      issues: [{ path: file.name, message: `cannot be read: ${(error as Error).message}` }],
      hint: 'A file the manifest commits is missing; index the documents again into a new directory.',
      cause: error,
    });
  }
  if (data.length !== file.bytes || sha256(data) !== file.sha256) {
    throw new InvalidInputError({
      source,
      issues: [{ path: file.name, message: `does not match its checksum in ${MANIFEST_NAME}` }],
      hint: 'The file was changed or damaged after it was written; index the documents again into a new directory.',
    });
  }
  return data;
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Commits `entries` as generation `generation`: writes the data files durably under new names, then
 * replaces the manifest durably. A crash before the manifest's rename leaves the previous state
 * committed; after it, the new one. `beforeCommit` runs just before the manifest is replaced (it may throw,
 * e.g. on abort, leaving the previous state in place). Older data files are removed afterwards, best effort.
 * @returns the identity of the new manifest and the names of the data files it commits.
 */
export async function writeSnapshot(
  directory: string,
  generation: number,
  entries: Iterable<StoredEntry>,
  embeddingModel: EmbeddingModelIdentity | undefined,
  beforeCommit: () => void = () => {},
): Promise<{ identity: string; committedFiles: string[] }> {
  await mkdir(directory, { recursive: true });
  const encoded = encodeSnapshot(entries, embeddingModel);
  const stamp = `${String(generation).padStart(8, '0')}-${randomBytes(4).toString('hex')}`;
  const documents = await writeDataFile(directory, `documents-${stamp}.json`, encoded.documents);
  const vectors = encoded.vectors
    ? await writeDataFile(directory, `vectors-${stamp}.f32`, encoded.vectors)
    : undefined;
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    formatVersion: FORMAT_VERSION,
    generation,
    documents,
    ...(vectors ? { vectors } : {}),
    documentCount: encoded.documentCount,
    chunkCount: encoded.chunkCount,
  };
  try {
    beforeCommit();
  } catch (error) {
    await Promise.all(
      [documents, vectors].map((file) => file && rm(join(directory, file.name), { force: true })),
    );
    throw error;
  }
  await writeFileDurably(directory, MANIFEST_NAME, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  const identity = (await readManifestIdentity(directory)) ?? '';
  await removeSupersededFiles(directory, generation).catch(() => {});
  return { identity, committedFiles: [documents.name, ...(vectors ? [vectors.name] : [])] };
}

async function writeDataFile(directory: string, name: string, data: Buffer): Promise<ManifestFile> {
  await writeFileDurably(directory, name, data);
  return { name, bytes: data.length, sha256: sha256(data) };
}

/** Removes data files of generations before `generation`: no manifest can point at them any more. */
async function removeSupersededFiles(directory: string, generation: number): Promise<void> {
  for (const name of await readdir(directory)) {
    const match = dataFilePattern.exec(name);
    if (match && Number(match[2]) < generation) await rm(join(directory, name), { force: true });
  }
}

/**
 * Removes what crashed writers left behind: temporary files of processes that no longer run, and data
 * files of generations up to `generation` that the manifest does not name (written, but never committed).
 * Files of a live process or of a later generation may belong to a write in progress and are kept.
 * Runs before every write; readers never need it, since they read only what the manifest names.
 */
export async function removeAbandonedFiles(
  directory: string,
  generation: number,
  committed: readonly string[],
): Promise<void> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const name of names) {
    if (name.endsWith(TEMPORARY_SUFFIX)) {
      const pid = Number(/\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name)?.[1]);
      // A live writer (this process included: another store object may be writing) keeps its files.
      if (Number.isInteger(pid) && isProcessAlive(pid)) continue;
      await rm(join(directory, name), { force: true });
      continue;
    }
    const match = dataFilePattern.exec(name);
    if (match && Number(match[2]) <= generation && !committed.includes(name)) {
      await rm(join(directory, name), { force: true });
    }
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
