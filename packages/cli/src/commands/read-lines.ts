import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InvalidInputError } from '@triagekit/core';

/**
 * Opens `path` (or standard input for `-`) and yields its lines without line breaks; gzip input (by magic
 * bytes) is decompressed. Invalid UTF-8 becomes U+FFFD. Throws `InvalidInputError` for a missing file.
 */
export async function* readLines(path: string, stdin: Readable): AsyncGenerator<string> {
  let input: Readable;
  if (path === '-') {
    if ((stdin as Readable & { isTTY?: boolean }).isTTY) {
      throw new InvalidInputError({
        source: 'standard input',
        issues: [{ path: '', message: 'is a terminal, not a log stream' }],
        hint: 'Pipe logs in (`kubectl logs ... | triagekit patterns -`) or pass a file: `triagekit patterns app.log`.',
      });
    }
    input = stdin;
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw new Error('is a directory, not a file');
    } catch (error) {
      throw new InvalidInputError({
        source: `log file ${path}`,
        issues: [
          {
            path: '',
            message:
              (error as NodeJS.ErrnoException).code === 'ENOENT'
                ? 'does not exist'
                : (error as Error).message,
          },
        ],
        cause: error,
      });
    }
    input = createReadStream(path);
  }
  const peeked = await peekGzip(input);
  const lines = createInterface({
    input: peeked.gzip ? peeked.stream.pipe(createGunzip()) : peeked.stream,
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) yield line;
}

async function peekGzip(input: Readable): Promise<{ stream: Readable; gzip: boolean }> {
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const output = new PassThrough();
  if (first.done) {
    output.end();
    return { stream: output, gzip: false };
  }
  const chunk = Buffer.isBuffer(first.value) ? first.value : Buffer.from(String(first.value));
  const gzip = chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b;
  output.write(chunk);
  (async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!output.write(next.value)) await new Promise((resolve) => output.once('drain', resolve));
    }
    output.end();
  })().catch((error: unknown) => output.destroy(error as Error));
  return { stream: output, gzip };
}
