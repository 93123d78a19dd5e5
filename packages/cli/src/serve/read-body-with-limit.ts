/**
 * Reads a request body up to `limitBytes`, stopping as soon as it is exceeded (a declared
 * Content-Length over the limit is refused before reading). Returns `'too-large'` then.
 */
export async function readBodyWithLimit(request: Request, limitBytes: number): Promise<Buffer | 'too-large'> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limitBytes) return 'too-large';
  if (request.body === null) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
