/**
 * Remembers which cluster each masked message form went to, keyed by the form's two 32-bit hash lanes
 * (64 bits compared exactly, so two forms share an entry only if both lanes collide). Open addressing in
 * typed arrays: lookups allocate nothing. Two generations of `capacity / 2` entries each bound the memory;
 * when the current generation fills up, the older one is dropped and a hit there is copied forward, so
 * forms in steady use survive.
 */
export class FormCache<Value> {
  #current: Generation<Value>;
  #older: Generation<Value>;
  readonly #limit: number;

  /** `capacity` is rounded up to a power of two (at least 1,024); each generation holds half of it. */
  constructor(capacity: number) {
    let slots = 1024;
    while (slots < capacity) slots *= 2;
    this.#current = new Generation(slots);
    this.#older = new Generation(slots);
    this.#limit = slots / 2;
  }

  /** Entries held in both generations. */
  get size(): number {
    return this.#current.size + this.#older.size;
  }

  /** The value stored for the form `(first, second)`, or undefined. */
  get(first: number, second: number): Value | undefined {
    const value = this.#current.get(first, second);
    if (value !== undefined) return value;
    const older = this.#older.get(first, second);
    if (older !== undefined) this.set(first, second, older);
    return older;
  }

  /** Stores `value` for the form `(first, second)`. */
  set(first: number, second: number, value: Value): void {
    if (this.#current.size >= this.#limit) {
      const dropped = this.#older;
      this.#older = this.#current;
      dropped.clear();
      this.#current = dropped;
    }
    this.#current.set(first, second, value);
  }
}

class Generation<Value> {
  size = 0;
  readonly #mask: number;
  readonly #first: Int32Array;
  readonly #second: Int32Array;
  readonly #values: (Value | undefined)[];

  constructor(slots: number) {
    this.#mask = slots - 1;
    this.#first = new Int32Array(slots);
    this.#second = new Int32Array(slots);
    this.#values = new Array<Value | undefined>(slots).fill(undefined);
  }

  get(first: number, second: number): Value | undefined {
    const mask = this.#mask;
    let slot = (first ^ (second >>> 16)) & mask;
    for (;;) {
      const value = this.#values[slot];
      if (value === undefined) return undefined;
      if (this.#first[slot] === first && this.#second[slot] === second) return value;
      slot = (slot + 1) & mask;
    }
  }

  set(first: number, second: number, value: Value): void {
    const mask = this.#mask;
    let slot = (first ^ (second >>> 16)) & mask;
    for (;;) {
      const existing = this.#values[slot];
      if (existing === undefined) {
        this.size++;
        break;
      }
      if (this.#first[slot] === first && this.#second[slot] === second) break;
      slot = (slot + 1) & mask;
    }
    this.#first[slot] = first;
    this.#second[slot] = second;
    this.#values[slot] = value;
  }

  clear(): void {
    this.#values.fill(undefined);
    this.size = 0;
  }
}
