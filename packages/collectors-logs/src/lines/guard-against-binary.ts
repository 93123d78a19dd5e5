import { SNIFF_BYTES } from './content-sniffing.js';

/** Raised by {@link guardAgainstBinary} when a NUL byte shows up where only text was expected. */
export class BinaryContentError extends Error {
  constructor() {
    super(`the content looks binary (NUL bytes in its first ${SNIFF_BYTES / 1024} KiB)`);
    this.name = 'BinaryContentError';
  }
}

/**
 * Passes chunks through, throwing a {@link BinaryContentError} when the first {@link SNIFF_BYTES} bytes
 * contain a NUL byte. Unlike peeking ahead, it never waits for more input than has arrived, so a live
 * stream that is slow to fill 8 KiB is still read as it comes.
 */
export async function* guardAgainstBinary(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let checked = 0;
  for await (const chunk of chunks) {
    if (checked < SNIFF_BYTES) {
      if (chunk.subarray(0, SNIFF_BYTES - checked).includes(0)) throw new BinaryContentError();
      checked += chunk.length;
    }
    yield chunk;
  }
}
