import { severityRank } from '@triagekit/core';
import type { LogEvidence } from './log-evidence.js';

interface Entry {
  readonly item: LogEvidence;
  readonly rank: number;
  readonly time: number;
  readonly sequence: number;
}

// Most severe first, then newest, then first seen: the order in which items survive the cap.
function byPriority(a: Entry, b: Entry): number {
  return a.rank - b.rank || b.time - a.time || a.sequence - b.sequence;
}

/**
 * Keeps at most `capacity` evidence items out of any number offered: the most severe, then the newest (the
 * same rule the pipeline applies over its caps), deterministic for the same input order. Memory stays
 * within twice the capacity, however many items pass through.
 */
export class BoundedEvidenceSelection {
  readonly capacity: number;
  /** How many items were offered in total. */
  offered = 0;
  private entries: Entry[] = [];

  /** @param capacity - the most items kept; 0 keeps none. */
  constructor(capacity: number) {
    this.capacity = Math.max(0, Math.floor(capacity));
  }

  /** Offers one item; `time` is its time in milliseconds since the epoch. */
  add(item: LogEvidence, time: number): void {
    const sequence = this.offered;
    this.offered += 1;
    if (this.capacity === 0) return;
    this.entries.push({ item, rank: severityRank(item.severity), time, sequence });
    // Sorting only when the buffer doubles keeps the cost per item logarithmic on average.
    if (this.entries.length >= this.capacity * 2) this.compact();
  }

  /** How many offered items the cap left out. */
  get dropped(): number {
    return Math.max(0, this.offered - this.capacity);
  }

  /** The kept items, in the order they were offered. */
  items(): LogEvidence[] {
    this.compact();
    return [...this.entries].sort((a, b) => a.sequence - b.sequence).map((entry) => entry.item);
  }

  private compact(): void {
    if (this.entries.length <= this.capacity) return;
    this.entries = this.entries.sort(byPriority).slice(0, this.capacity);
  }
}
