/** The first bytes of a byte source, and the whole source again to read on. */
export interface PeekedSource {
  /** Up to the requested number of bytes from the start (fewer when the source is shorter). */
  readonly prefix: Buffer;
  /** Every chunk of the source from its start, the peeked ones included. Read it at most once. */
  readonly chunks: AsyncIterable<Buffer>;
  /** Stops the source without reading it (closes its file, destroys its stream). */
  cancel(): Promise<void>;
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), 'utf8');
}

/**
 * Reads chunks from `source` until at least `size` bytes (or the end) arrived, without losing them: the
 * returned `chunks` replays them before reading on. String chunks are taken as UTF-8. Errors of the source
 * reject this call (while peeking) or surface from `chunks` (later).
 */
export async function peekPrefix(source: AsyncIterable<unknown>, size: number): Promise<PeekedSource> {
  const iterator = source[Symbol.asyncIterator]();
  const peeked: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    peeked.push(chunk);
    length += chunk.length;
  }
  const cancel = async () => {
    if (!ended) await iterator.return?.();
  };
  async function* replay(): AsyncGenerator<Buffer> {
    let finished = ended;
    try {
      yield* peeked;
      while (!finished) {
        const next = await iterator.next();
        if (next.done) finished = true;
        else yield toBuffer(next.value);
      }
    } finally {
      // A reader that stops early must still release the file or stream behind the source.
      if (!finished) await iterator.return?.();
    }
  }
  return { prefix: Buffer.concat(peeked, length).subarray(0, size), chunks: replay(), cancel };
}
