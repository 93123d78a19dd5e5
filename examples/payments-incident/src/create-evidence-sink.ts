import { type Evidence, type EvidenceInput, normalizeEvidence } from '@triagekit/core';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';

/** Everything about an evidence item except when it happened and which service it belongs to. */
export type EvidenceBody = Omit<EvidenceInput, 'time' | 'service'>;

/** Collects the evidence of one collector, keeping it inside the window and its ids unique. */
export interface EvidenceSink {
  /**
   * Adds one item at `timeMs`. `build` receives the final time (epoch milliseconds), which is later than
   * asked by a few milliseconds when the service already has an item at that instant, so rendered text
   * matches it. Items outside the collection window are dropped, as a real collector would never see
   * them.
   */
  add(timeMs: number, service: string | null, build: (timeMs: number) => EvidenceBody): void;
  readonly items: Evidence[];
  /** The time of each item in `items`, in epoch milliseconds, for sorting without parsing. */
  readonly times: number[];
}

/**
 * Creates a sink whose items go through `normalizeEvidence`, so their ids are the ones a live collector
 * would produce. Ids hash the time, service and text; giving each service at most one item per
 * millisecond keeps them unique even when two pods print the same line at the same instant.
 */
export function createEvidenceSink(collectorId: string): EvidenceSink {
  const items: Evidence[] = [];
  const times: number[] = [];
  const claimed = new Map<string, Set<number>>();
  return {
    items,
    times,
    add(timeMs, service, build) {
      const key = service ?? '';
      let used = claimed.get(key);
      if (used === undefined) {
        used = new Set();
        claimed.set(key, used);
      }
      let time = Math.round(timeMs);
      while (used.has(time)) time += 1;
      if (time < SCENARIO_TIMELINE.windowStart || time > SCENARIO_TIMELINE.windowEnd) return;
      used.add(time);
      const body = build(time);
      // Listed field by field: an object spread is several times slower, and this runs for every item.
      const input: EvidenceInput = {
        kind: body.kind,
        time: new Date(time),
        service,
        severity: body.severity,
        text: body.text,
        attributes: body.attributes,
        links: body.links,
      };
      items.push(normalizeEvidence(input, collectorId));
      times.push(time);
    },
  };
}
