/** A deterministic source of randomness with the helpers the generators need. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  integer(min: number, max: number): number;
  /** Uniform float in [min, max). */
  between(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element of a list of `[item, weight]` pairs, proportionally to weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Exponentially distributed wait for a Poisson process with the given mean. */
  exponential(mean: number): number;
  /** `length` characters drawn from `alphabet`. */
  characters(alphabet: string, length: number): string;
  /** `length` lowercase hexadecimal digits. */
  hex(length: number): string;
}

const HEX_DIGITS = '0123456789abcdef';

/**
 * A seeded generator (the mulberry32 construction: a 32-bit counter stepped by a Weyl constant and
 * scrambled with two multiply-xorshift rounds). Small, fast and good enough for synthetic data; the
 * same seed always yields the same sequence, on every platform.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const characters = (alphabet: string, length: number): string => {
    let result = '';
    for (let index = 0; index < length; index += 1) result += alphabet[Math.floor(next() * alphabet.length)];
    return result;
  };
  return {
    next,
    integer,
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let remaining = next() * total;
      for (const [item, weight] of items) {
        remaining -= weight;
        if (remaining < 0) return item;
      }
      const last = items.at(-1);
      if (last === undefined) throw new RangeError('Cannot pick from an empty list.');
      return last[0];
    },
    // 1 - next() is in (0, 1], so the logarithm is always finite.
    exponential: (mean) => -Math.log(1 - next()) * mean,
    characters,
    hex: (length) => characters(HEX_DIGITS, length),
  };
}
