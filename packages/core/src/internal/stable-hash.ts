import { createHash } from 'node:crypto';

/** Short, stable hex digest of the given parts (sha256, truncated). Used for ids that must not change. */
export function stableHash(parts: readonly unknown[], length = 16): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(typeof part === 'string' ? part : (JSON.stringify(part) ?? 'undefined'));
    hash.update('\u0000');
  }
  return hash.digest('hex').slice(0, length);
}
