/** Character sets of common credential formats. */
export const ALPHABETS = {
  upperAlphanumeric: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  alphanumeric: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  lowerHex: '0123456789abcdef',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64Url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  digits: '0123456789',
} as const;

/**
 * A made-up credential of the given length and alphabet, the same for the same seed on every run.
 *
 * Corpus secrets are generated rather than written out so the repository never contains strings shaped
 * like live credentials, which secret scanners (and their push protection) would flag; the values still
 * have the real formats' lengths and character sets at test time.
 */
export function syntheticSecret(
  seed: string,
  length: number,
  alphabet: string = ALPHABETS.alphanumeric,
): string {
  // FNV-1a of the seed, then xorshift32: tiny, deterministic, and good enough to look random.
  let state = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    state = Math.imul(state ^ seed.charCodeAt(index), 0x01000193) >>> 0;
  }
  if (state === 0) state = 0x9e3779b9;
  let result = '';
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    result += alphabet.charAt(state % alphabet.length);
  }
  return result;
}
