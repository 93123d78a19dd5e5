/**
 * A fast, non-cryptographic 64-bit hash of the given strings as 16 hex characters: two 32-bit FNV-1a
 * lanes with different offsets, over UTF-16 code units, parts separated. Used for evidence ids, where
 * a million items per run make a cryptographic hash the bottleneck and collisions only need to be rare.
 */
export function fastHash(parts: readonly string[]): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    for (let index = 0; index < part.length; index += 1) {
      const code = part.charCodeAt(index);
      first = Math.imul(first ^ code, 0x01000193);
      second = Math.imul(second ^ code, 0x0100019d);
    }
    first = Math.imul(first ^ 0xff, 0x01000193);
    second = Math.imul(second ^ 0xfe, 0x0100019d);
  }
  // A final avalanche so nearby inputs do not share prefixes.
  first ^= first >>> 15;
  first = Math.imul(first, 0x2c1b3c6d);
  first ^= first >>> 12;
  second ^= second >>> 13;
  second = Math.imul(second, 0x297a2d39);
  second ^= second >>> 16;
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}
