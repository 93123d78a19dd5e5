import type { Event } from '@aws-sdk/client-cloudtrail';
import type { EvidenceInput, TimeWindow } from '@triagekit/core';
import {
  cloudTrailEventToEvidence,
  type EventMappingContext,
} from '../events/cloudtrail-event-to-evidence.js';

/** The events one region gave. */
export interface RegionEvents {
  readonly region: string;
  readonly events: readonly Event[];
}

/** How events become evidence, and how many are kept. */
export interface ChangeEvidenceOptions extends Omit<EventMappingContext, 'region'> {
  readonly window: TimeWindow;
  readonly maxItems: number;
  /** Write events dropped unless high-signal. */
  readonly isIgnored: (eventName: string) => boolean;
  readonly otherWriteEvents: 'keep' | 'drop';
}

interface Candidate {
  readonly evidence: EvidenceInput;
  readonly rank: number;
  readonly time: number;
  readonly key: string;
}

// High-signal changes first, then other writes, then failed calls (which changed nothing); newest first.
function byImportance(a: Candidate, b: Candidate): number {
  return a.rank - b.rank || b.time - a.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function rankOf(evidence: EvidenceInput): number {
  if (evidence.attributes?.errorCode !== undefined) return 2;
  return evidence.severity === 'warning' ? 0 : 1;
}

function eventKey(region: string, event: Event): string {
  return (
    event.EventId ??
    `${region}|${event.EventTime?.toISOString()}|${event.EventName}|${event.CloudTrailEvent ?? ''}`
  );
}

/**
 * Turns the events of every region into `change` evidence: one item per EventId (an event seen twice, by
 * two lookups or regions, counts once), read-only events, ignored names, events outside the window and
 * (with `otherWriteEvents: 'drop'`) low-signal writes left out. Over `maxItems`, keeps high-signal changes
 * first, then other writes, then failed calls, newest first within each, with a warning. Reports events
 * whose `CloudTrailEvent` could not be read. Deterministic: returns evidence in time order.
 */
export function buildChangeEvidence(
  regions: readonly RegionEvents[],
  options: ChangeEvidenceOptions,
): { evidence: EvidenceInput[]; warnings: string[] } {
  const start = options.window.start.getTime();
  const end = options.window.end.getTime();
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  const malformed: { id: string; reason: string }[] = [];
  let withoutTime = 0;
  for (const { region, events } of regions) {
    for (const event of events) {
      const key = eventKey(region, event);
      if (seen.has(key)) continue;
      seen.add(key);
      if (event.ReadOnly === 'true') continue;
      const time = event.EventTime?.getTime();
      if (time === undefined || Number.isNaN(time)) {
        withoutTime += 1;
        continue;
      }
      // Lookups ask for whole seconds around the window; its exact bounds apply here.
      if (time < start || time > end) continue;
      const name = event.EventName ?? '';
      const highSignal = options.isHighSignal(name);
      if (!highSignal && (options.isIgnored(name) || options.otherWriteEvents === 'drop')) continue;
      const mapped = cloudTrailEventToEvidence(event, { ...options, region });
      if (!mapped) continue;
      if (mapped.malformedReason)
        malformed.push({ id: event.EventId ?? key, reason: mapped.malformedReason });
      candidates.push({ evidence: mapped.evidence, rank: rankOf(mapped.evidence), time, key });
    }
  }
  const kept = [...candidates].sort(byImportance).slice(0, Math.max(0, options.maxItems));
  const warnings: string[] = [];
  if (malformed.length > 0) {
    const ids = malformed.slice(0, 5).map((item) => item.id);
    warnings.push(
      `${malformed.length} event(s) had a CloudTrailEvent that could not be read (${malformed[0]?.reason}); ` +
        `kept with the LookupEvents fields only: ${ids.join(', ')}${malformed.length > 5 ? ', ...' : ''}.`,
    );
  }
  if (withoutTime > 0) warnings.push(`${withoutTime} event(s) without an EventTime were left out.`);
  if (candidates.length > kept.length) {
    warnings.push(
      `${candidates.length} change events in the window; kept the ${kept.length} most significant ` +
        `(high-signal first, then other writes, then failed calls; newest first) (maxItems ${options.maxItems}).`,
    );
  }
  kept.sort((a, b) => a.time - b.time || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { evidence: kept.map((candidate) => candidate.evidence), warnings };
}
