/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units, as an unsigned integer. Stable across runs and
 * platforms, which is all the synthetic embeddings need; not for security.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
