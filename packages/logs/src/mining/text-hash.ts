/** Starting value of the first hash lane. */
export const HASH_SEED_A = 0x811c9dc5 | 0;
/** Starting value of the second hash lane. */
export const HASH_SEED_B = 0x2545f491;

/** Adds one value to the first lane (an FNV-1a step). */
export function hashStepA(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x01000193);
}

/**
 * Adds one value to the second lane: a polynomial hash with a multiplier unrelated to the first lane's,
 * so that a pair of texts colliding in one lane almost never collides in the other.
 */
export function hashStepB(hash: number, value: number): number {
  return (Math.imul(hash, 0x2c9277b5) + value) | 0;
}

/** Both lanes over `codes[start]` to `codes[end - 1]`, written to `target[0]` and `target[1]`. */
export function hashRange(codes: Uint16Array, start: number, end: number, target: Int32Array): void {
  let a = HASH_SEED_A;
  let b = HASH_SEED_B;
  for (let index = start; index < end; index++) {
    const code = codes[index] as number;
    a = Math.imul(a ^ code, 0x01000193); // hashStepA, written out: this loop hashes every literal word
    b = (Math.imul(b, 0x2c9277b5) + code) | 0; // hashStepB
  }
  target[0] = a;
  target[1] = b;
}
