import { type DocumentMetadataValue, InvalidInputError, type StoredDocumentV1 } from '@triagekit/core';
import type { EmbeddingModelIdentity, StoredChunk, StoredEntry } from './stored-entry.js';

/** Value of `format` in a store's `manifest.json`. */
export const MANIFEST_FORMAT = 'triagekit-embedded-store';
/** Version of the on-disk layout this package reads and writes. */
export const FORMAT_VERSION = 1;

/** A file a manifest points at, with what it must hold. */
export interface ManifestFile {
  /** File name inside the store directory. */
  readonly name: string;
  /** Size in bytes. */
  readonly bytes: number;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}

/** `manifest.json`: the one file whose atomic replacement commits a new state of the store. */
export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  /** {@link FORMAT_VERSION} of the writer. */
  readonly formatVersion: number;
  /** Increases by one with every committed write. */
  readonly generation: number;
  /** The documents file (JSON). */
  readonly documents: ManifestFile;
  /** The vectors file (float32); absent when no chunk has a vector. */
  readonly vectors?: ManifestFile;
  /** Documents committed, for people reading the manifest. */
  readonly documentCount: number;
  /** Chunks committed, for people reading the manifest. */
  readonly chunkCount: number;
}

interface EncodedChunk {
  readonly heading: string;
  readonly text: string;
  /** Position of its vector in the vectors file, or null. */
  readonly vector: number | null;
}

/** The contents of a documents file. */
interface EncodedDocuments {
  readonly formatVersion: number;
  readonly embeddingModel: EmbeddingModelIdentity | null;
  readonly entries: readonly {
    readonly document: StoredDocumentV1;
    readonly chunks: readonly EncodedChunk[];
  }[];
}

/** Serialises the entries into a documents file (JSON) and a vectors file (little-endian float32). */
export function encodeSnapshot(
  entries: Iterable<StoredEntry>,
  embeddingModel: EmbeddingModelIdentity | undefined,
): { documents: Buffer; vectors: Buffer | undefined; documentCount: number; chunkCount: number } {
  const vectors: Float32Array[] = [];
  const encoded: EncodedDocuments['entries'][number][] = [];
  let chunkCount = 0;
  for (const entry of entries) {
    encoded.push({
      document: entry.document,
      chunks: entry.chunks.map((chunk) => {
        chunkCount += 1;
        if (chunk.embedding === undefined) return { heading: chunk.heading, text: chunk.text, vector: null };
        vectors.push(chunk.embedding);
        return { heading: chunk.heading, text: chunk.text, vector: vectors.length - 1 };
      }),
    });
  }
  const body: EncodedDocuments = {
    formatVersion: FORMAT_VERSION,
    embeddingModel: embeddingModel ?? null,
    entries: encoded,
  };
  let vectorBuffer: Buffer | undefined;
  if (vectors.length > 0) {
    const dimensions = vectors[0]?.length ?? 0;
    vectorBuffer = Buffer.alloc(vectors.length * dimensions * 4);
    vectors.forEach((vector, index) => {
      for (let component = 0; component < dimensions; component += 1) {
        vectorBuffer?.writeFloatLE(vector[component] ?? 0, (index * dimensions + component) * 4);
      }
    });
  }
  return {
    documents: Buffer.from(JSON.stringify(body)),
    vectors: vectorBuffer,
    documentCount: encoded.length,
    chunkCount,
  };
}

/**
 * Parses a documents file and its vectors back into entries.
 * @throws InvalidInputError naming `source` when the content does not have the expected shape.
 */
export function decodeSnapshot(
  source: string,
  documents: Buffer,
  vectors: Buffer | undefined,
): { entries: StoredEntry[]; embeddingModel: EmbeddingModelIdentity | undefined } {
  const fail = (message: string, cause?: unknown): never => {
    throw new InvalidInputError({
      source,
      issues: [{ path: '', message }],
      hint: 'The store is damaged or was written by an incompatible version; index the documents again into a new directory.',
      cause,
    });
  };
  let body: EncodedDocuments;
  try {
    body = JSON.parse(documents.toString('utf8')) as EncodedDocuments;
  } catch (error) {
    return fail('the documents file is not valid JSON', error);
  }
  if (body?.formatVersion !== FORMAT_VERSION || !Array.isArray(body.entries)) {
    return fail(`unsupported documents file (formatVersion ${String(body?.formatVersion)})`);
  }
  const dimensions = body.embeddingModel?.dimensions ?? 0;
  const entries = body.entries.map((encoded, entryIndex): StoredEntry => {
    const document = encoded?.document;
    if (!isStoredDocument(document) || !Array.isArray(encoded.chunks)) {
      return fail(`entry ${entryIndex} is not a document with chunks`);
    }
    const encodedChunks: readonly EncodedChunk[] = encoded.chunks;
    const chunks = encodedChunks.map((chunk, index): StoredChunk => {
      const base = {
        id: `${document.id}#${index}`,
        documentId: document.id,
        title: document.title,
        index,
        heading: String(chunk.heading ?? ''),
        text: String(chunk.text ?? ''),
      };
      if (chunk.vector === null || chunk.vector === undefined) return base;
      const offset = chunk.vector * dimensions * 4;
      if (vectors === undefined || dimensions === 0 || offset + dimensions * 4 > vectors.length) {
        return fail(
          `chunk ${base.id} points at vector ${chunk.vector}, which the vectors file does not hold`,
        );
      }
      const embedding = new Float32Array(dimensions);
      for (let component = 0; component < dimensions; component += 1) {
        embedding[component] = vectors.readFloatLE(offset + component * 4);
      }
      return { ...base, embedding };
    });
    return { document, chunks };
  });
  return { entries, embeddingModel: body.embeddingModel ?? undefined };
}

function isStoredDocument(value: unknown): value is StoredDocumentV1 {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.id === 'string' &&
    typeof record.title === 'string' &&
    typeof record.text === 'string' &&
    typeof record.metadata === 'object' &&
    record.metadata !== null &&
    Object.values(record.metadata).every(isMetadataValue)
  );
}

function isMetadataValue(value: unknown): value is DocumentMetadataValue {
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string');
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * Checks that a parsed `manifest.json` has the expected shape and version.
 * @throws InvalidInputError naming `source` otherwise.
 */
export function validateManifest(source: string, value: unknown): Manifest {
  const manifest = value as Partial<Manifest> | null;
  const issues: { path: string; message: string }[] = [];
  if (manifest?.format !== MANIFEST_FORMAT) {
    issues.push({
      path: 'format',
      message: `expected "${MANIFEST_FORMAT}", got ${JSON.stringify(manifest?.format)}`,
    });
  } else if (manifest.formatVersion !== FORMAT_VERSION) {
    issues.push({
      path: 'formatVersion',
      message: `this version reads format ${FORMAT_VERSION}, the store has ${JSON.stringify(manifest.formatVersion)}`,
    });
  } else {
    if (!Number.isInteger(manifest.generation))
      issues.push({ path: 'generation', message: 'expected an integer' });
    if (!isManifestFile(manifest.documents))
      issues.push({ path: 'documents', message: 'expected a file entry' });
    if (manifest.vectors !== undefined && !isManifestFile(manifest.vectors)) {
      issues.push({ path: 'vectors', message: 'expected a file entry' });
    }
  }
  if (issues.length > 0) {
    throw new InvalidInputError({
      source,
      issues,
      hint: 'This directory does not hold a store this version can read; index into a new directory.',
    });
  }
  return manifest as Manifest;
}

function isManifestFile(value: unknown): value is ManifestFile {
  const file = value as Partial<ManifestFile> | null;
  return (
    typeof file?.name === 'string' &&
    /^[\w.-]+$/.test(file.name) &&
    typeof file.sha256 === 'string' &&
    Number.isInteger(file.bytes)
  );
}
