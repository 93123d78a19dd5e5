import { HASH_SEED_A, HASH_SEED_B, hashRange, hashStepA, hashStepB } from './text-hash.js';
import type { TokenBuffer } from './token-buffer.js';

// Markers after each token's word; outside the range of UTF-16 units, so they never collide with text.
const LITERAL_MARKER = 0x110000;
const VARIABLE_MARKER = 0x110001;

const prefixHashes = new Int32Array(2);

/**
 * A 64-bit hash of a lexed message's masked form, as two 32-bit lanes written to `target[0]` and
 * `target[1]`, built from the token hashes the lexer left: each separator, then the literal word or the
 * literal part before the variable, then whether a variable follows. Two messages with the same masked
 * form always get the same fingerprint; different forms collide with probability about 2^-64 per pair.
 * Allocates nothing.
 */
export function messageFingerprint(tokens: TokenBuffer, target: Int32Array): void {
  const separatorHashes = tokens.separatorHashes;
  const wordHashes = tokens.wordHashes;
  let first = hashStepA(HASH_SEED_A, tokens.count);
  let second = hashStepB(HASH_SEED_B, tokens.count);
  for (let token = 0; token < tokens.count; token++) {
    first = hashStepA(first, separatorHashes[token * 2] as number);
    second = hashStepB(second, separatorHashes[token * 2 + 1] as number);
    const variableFrom = tokens.variableFrom[token] as number;
    const wordStart = tokens.wordStart[token] as number;
    if (variableFrom < 0) {
      first = hashStepA(hashStepA(first, wordHashes[token * 2] as number), LITERAL_MARKER);
      second = hashStepB(hashStepB(second, wordHashes[token * 2 + 1] as number), LITERAL_MARKER);
    } else if (variableFrom === wordStart) {
      first = hashStepA(hashStepA(first, HASH_SEED_A), VARIABLE_MARKER);
      second = hashStepB(hashStepB(second, HASH_SEED_B), VARIABLE_MARKER);
    } else {
      hashRange(tokens.codes, wordStart, variableFrom, prefixHashes);
      first = hashStepA(hashStepA(first, prefixHashes[0] as number), VARIABLE_MARKER);
      second = hashStepB(hashStepB(second, prefixHashes[1] as number), VARIABLE_MARKER);
    }
  }
  target[0] = first;
  target[1] = second;
}
