import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { isGzip, SNIFF_BYTES } from './content-sniffing.js';
import { type PeekedSource, peekPrefix } from './peek-prefix.js';

/** A log byte source made ready for line splitting: decompressed when needed, its first bytes peeked. */
export interface OpenedLogStream extends PeekedSource {
  /** True when the source was gzip-compressed (told by its magic bytes, not by a name). */
  readonly compressed: boolean;
}

const chunkBytes = 64 * 1024;

/**
 * Peeks at `source` and, when it starts with the gzip magic bytes, decompresses it on the fly. `prefix`
 * holds up to `peekBytes` of the first decompressed bytes (waiting for them, or for the end), so callers can
 * check for binary content before reading on; live streams peek less and check as they read. Rejects when
 * the first bytes cannot be read or decompressed.
 */
export async function openLogStream(
  source: AsyncIterable<unknown>,
  peekBytes: number = SNIFF_BYTES,
): Promise<OpenedLogStream> {
  // Two bytes tell gzip apart; asking for more would make a slow stream wait.
  const head = await peekPrefix(source, Math.max(2, peekBytes));
  if (!isGzip(head.prefix)) return { ...head, compressed: false };
  // pipeline() carries errors of the source into the gunzip stream and destroys both when either stops.
  const inflated = pipeline(Readable.from(head.chunks), createGunzip({ chunkSize: chunkBytes }), () => {});
  return { ...(await peekPrefix(inflated, peekBytes)), compressed: true };
}
