import { open } from 'node:fs/promises';
import { type OpenedLogStream, openLogStream } from '../lines/open-log-stream.js';

const chunkBytes = 64 * 1024;

/**
 * Opens a file for streaming reads, decompressing it when its first bytes are the gzip magic (whatever its
 * name). Never reads the whole file into memory. Rejects when the file cannot be opened or its first bytes
 * cannot be read or decompressed; the file is closed then, and when the returned source is read to its
 * end or cancelled.
 */
export async function openLogFile(path: string): Promise<OpenedLogStream> {
  const handle = await open(path, 'r');
  const stream = handle.createReadStream({ highWaterMark: chunkBytes, autoClose: true });
  try {
    return await openLogStream(stream);
  } catch (error) {
    stream.destroy();
    throw error;
  }
}
