/** What the first pages of a region's write-event lookup showed. */
export interface WriteEventProgress {
  /** Pages of write events read so far. */
  readonly pagesRead: number;
  /** The lookup's time range, in milliseconds since the epoch. */
  readonly startMs: number;
  readonly endMs: number;
  /** The oldest event read so far: `[oldestMs, endMs]` is covered. */
  readonly oldestMs: number;
  /** How many lookups by event name would cover the rest: one per name, at least. */
  readonly eventNameCount: number;
  /** Pages the region may still read (`maxPagesPerRegion` minus those used). */
  readonly pagesLeft: number;
}

/**
 * The `auto` strategy's decision, after each page of `ReadOnly=false` events: switch to one lookup per
 * event name for the rest of the window when, at the density seen so far, reading the remaining write
 * events would take more pages than there are event names, and those lookups fit in the pages left.
 * Otherwise keep reading write events, which also brings the lower-signal changes.
 *
 * Estimate: remaining pages ≈ pagesRead × (oldest − start) / (end − oldest). All events in one second
 * (end = oldest) count as infinitely dense.
 */
export function shouldSwitchToEventNames(progress: WriteEventProgress): boolean {
  const { pagesRead, startMs, endMs, oldestMs, eventNameCount, pagesLeft } = progress;
  if (eventNameCount === 0 || eventNameCount > pagesLeft || oldestMs <= startMs) return false;
  const covered = endMs - oldestMs;
  const remainingPages =
    covered <= 0 ? Number.POSITIVE_INFINITY : (pagesRead * (oldestMs - startMs)) / covered;
  return remainingPages > eventNameCount;
}
