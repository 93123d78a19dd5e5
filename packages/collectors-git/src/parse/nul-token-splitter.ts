/**
 * Splits a byte stream into NUL-terminated tokens (the records of `git log -z`). Splitting happens on bytes,
 * before decoding, so a token cut across chunks (or a multi-byte character cut in two) comes out whole.
 * Tokens are decoded as UTF-8; bytes that are not valid UTF-8 (a path written in another encoding) become
 * U+FFFD rather than failing.
 */
export class NulTokenSplitter {
  private pending: Buffer[] = [];

  /** The complete tokens this chunk finishes, in order, without their NUL terminators. */
  push(chunk: Buffer): string[] {
    const tokens: string[] = [];
    let start = 0;
    let end = chunk.indexOf(0, start);
    while (end !== -1) {
      const piece = chunk.subarray(start, end);
      if (this.pending.length > 0) {
        this.pending.push(piece);
        tokens.push(Buffer.concat(this.pending).toString('utf8'));
        this.pending = [];
      } else {
        tokens.push(piece.toString('utf8'));
      }
      start = end + 1;
      end = chunk.indexOf(0, start);
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
    return tokens;
  }

  /** Whatever followed the last NUL (git ends `-z` output without one after the last record), or `null`. */
  end(): string | null {
    if (this.pending.length === 0) return null;
    const rest = Buffer.concat(this.pending).toString('utf8');
    this.pending = [];
    return rest;
  }
}
