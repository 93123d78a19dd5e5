import type { CoreV1Event } from '@kubernetes/client-node';

/** When an event happened: its first and last occurrence, in milliseconds since the epoch. */
export interface EventOccurrence {
  readonly first: number;
  readonly last: number;
}

function toMilliseconds(value: Date | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const time = value instanceof Date ? value.getTime() : Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

/**
 * Reads an event's occurrences. Old-style events (kubelet, most controllers) carry `firstTimestamp`,
 * `lastTimestamp` and `count`; new-style ones (events.k8s.io writers such as the scheduler) carry `eventTime`
 * and, when repeated, `series.lastObservedTime`. Last: `lastTimestamp`, else `series.lastObservedTime`, else
 * `eventTime`, else `firstTimestamp`, else the object's creation. First: `firstTimestamp`, else `eventTime`,
 * else the last. `null` when the event has no readable time at all.
 */
export function eventOccurrence(event: CoreV1Event): EventOccurrence | null {
  const last =
    toMilliseconds(event.lastTimestamp) ??
    toMilliseconds(event.series?.lastObservedTime) ??
    toMilliseconds(event.eventTime) ??
    toMilliseconds(event.firstTimestamp) ??
    toMilliseconds(event.metadata?.creationTimestamp);
  if (last === null) return null;
  const first = toMilliseconds(event.firstTimestamp) ?? toMilliseconds(event.eventTime) ?? last;
  return { first: Math.min(first, last), last };
}
