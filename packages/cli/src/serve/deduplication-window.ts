/**
 * Remembers alert fingerprints for a while, so repeated deliveries of the same alert (Alertmanager's
 * repeat notifications, a group re-sent when another alert joins it, a sender's retries) are triaged once.
 * Bounded: past `maxEntries`, the oldest fingerprints are forgotten first.
 */
export class DeduplicationWindow {
  readonly #seen = new Map<string, number>();
  readonly #windowMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: { windowMs: number; maxEntries?: number; now?: () => number }) {
    this.#windowMs = options.windowMs;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** True when `fingerprint` was claimed within the window; otherwise claims it and returns false. */
  isDuplicate(fingerprint: string): boolean {
    const now = this.#now();
    const seenAt = this.#seen.get(fingerprint);
    if (seenAt !== undefined && now - seenAt < this.#windowMs) return true;
    this.#seen.delete(fingerprint);
    this.#seen.set(fingerprint, now);
    while (this.#seen.size > this.#maxEntries) {
      const oldest = this.#seen.keys().next().value;
      if (oldest === undefined) break;
      this.#seen.delete(oldest);
    }
    return false;
  }

  /** Forgets `fingerprint`, e.g. when recording it failed and the sender must be able to retry. */
  release(fingerprint: string): void {
    this.#seen.delete(fingerprint);
  }
}
