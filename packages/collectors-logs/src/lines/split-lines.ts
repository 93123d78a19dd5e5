/** Limits applied while splitting a byte stream into lines. */
export interface LineLimits {
  /** Stop after this many bytes; the line cut in the middle is dropped. */
  readonly maxBytes: number;
  /** Stop after this many lines. */
  readonly maxLines: number;
  /** Longer lines are cut to this many bytes; the rest of the line is skipped, not buffered. */
  readonly maxLineBytes: number;
}

/** What {@link splitLines} has read so far; updated as it goes, final once the iteration ends. */
export interface LineProgress {
  bytes: number;
  lines: number;
  /** Lines longer than `maxLineBytes`, cut. */
  cutLines: number;
  /** Which limit stopped the reading before the end of the input, if any. */
  stoppedBy: 'maxBytes' | 'maxLines' | null;
}

/** A fresh {@link LineProgress}. */
export function createLineProgress(): LineProgress {
  return { bytes: 0, lines: 0, cutLines: 0, stoppedBy: null };
}

const newline = 0x0a;
const carriageReturn = 0x0d;

/**
 * Splits UTF-8 bytes into lines (without `\n` or a trailing `\r`), streaming: memory stays within one line
 * (at most `maxLineBytes`) plus one chunk. A last line without a newline is yielded too. Stopping the
 * iteration early stops reading `chunks`.
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer>,
  limits: LineLimits,
  progress: LineProgress,
): AsyncGenerator<string> {
  let pieces: Buffer[] = [];
  let pieceBytes = 0;
  let overlong = false;
  const append = (piece: Buffer) => {
    if (overlong || piece.length === 0) return;
    const room = limits.maxLineBytes - pieceBytes;
    if (piece.length > room) {
      pieces.push(piece.subarray(0, room));
      pieceBytes += room;
      overlong = true;
    } else {
      pieces.push(piece);
      pieceBytes += piece.length;
    }
  };
  const takeLine = (): string => {
    let bytes = pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, pieceBytes);
    if (bytes.length > 0 && bytes[bytes.length - 1] === carriageReturn) bytes = bytes.subarray(0, -1);
    if (overlong) progress.cutLines += 1;
    pieces = [];
    pieceBytes = 0;
    overlong = false;
    progress.lines += 1;
    return bytes.toString('utf8');
  };
  for await (const chunk of chunks) {
    let data = chunk;
    const remaining = limits.maxBytes - progress.bytes;
    if (data.length > remaining) data = data.subarray(0, remaining);
    progress.bytes += data.length;
    let start = 0;
    for (let end = data.indexOf(newline); end !== -1; end = data.indexOf(newline, start)) {
      if (progress.lines >= limits.maxLines) {
        progress.stoppedBy = 'maxLines';
        return;
      }
      append(data.subarray(start, end));
      yield takeLine();
      start = end + 1;
    }
    append(data.subarray(start));
    if (data.length < chunk.length) {
      progress.stoppedBy = 'maxBytes';
      return;
    }
  }
  if (pieceBytes > 0 || overlong) {
    if (progress.lines >= limits.maxLines) progress.stoppedBy = 'maxLines';
    else yield takeLine();
  }
}
