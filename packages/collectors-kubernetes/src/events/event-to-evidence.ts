import type { CoreV1Event } from '@kubernetes/client-node';
import type { EvidenceInput, TimeWindow } from '@triagekit/core';
import { classifyEventReason } from './classify-event-reason.js';
import { eventOccurrence } from './event-occurrence.js';

/** What {@link eventToEvidence} needs besides the event. */
export interface EventMappingContext {
  readonly window: TimeWindow;
  /** The service of the object an event is about (see `WorkloadIndex.serviceOf`). */
  readonly serviceOf: (namespace: string, kind: string, name: string) => string | null;
}

/**
 * Turns a core/v1 Event into `event` evidence, or `null` when none of its occurrences touches the window.
 * Time: the last occurrence when it lies in the window, else the first; an event repeating from before to
 * after the window is placed at the window's end (`timeClamped: true`). Text:
 * `<Kind> <namespace>/<name>: <message>`, plus `(×<count> since <first>)` for repeated events. Attributes:
 * `reason`, `reasonClass`, `type`, `namespace`, `involvedObject`, `count`, `firstTimestamp`,
 * `lastTimestamp`, `reportingComponent`, `node`.
 */
export function eventToEvidence(event: CoreV1Event, context: EventMappingContext): EvidenceInput | null {
  const occurrence = eventOccurrence(event);
  if (occurrence === null) return null;
  const start = context.window.start.getTime();
  const end = context.window.end.getTime();
  if (occurrence.last < start || occurrence.first > end) return null;
  const clamped = occurrence.last > end && occurrence.first < start;
  const time = occurrence.last <= end ? occurrence.last : clamped ? end : occurrence.first;

  const involved = event.involvedObject ?? {};
  const namespace = involved.namespace || event.metadata?.namespace || '';
  const kind = involved.kind || 'Object';
  const name = involved.name || '(unnamed)';
  const count = Math.max(1, event.series?.count ?? event.count ?? 1);
  const { reasonClass, severity } = classifyEventReason(event.reason, event.type);
  const firstTimestamp = new Date(occurrence.first).toISOString();
  const message = (event.message ?? '').trim() || '(no message)';
  const repeated = count > 1 ? ` (×${count} since ${firstTimestamp})` : '';
  const component = event.reportingComponent || event.source?.component || null;
  return {
    kind: 'event',
    time: new Date(time),
    service: context.serviceOf(namespace, kind, name),
    severity,
    text: `${kind} ${namespace ? `${namespace}/` : ''}${name}: ${message}${repeated}`,
    attributes: {
      reason: event.reason ?? null,
      reasonClass,
      type: event.type ?? null,
      namespace: namespace || null,
      involvedObject: `${kind}/${name}`,
      count,
      firstTimestamp,
      lastTimestamp: new Date(occurrence.last).toISOString(),
      reportingComponent: component,
      node: event.source?.host ?? null,
      ...(clamped ? { timeClamped: true } : {}),
    },
  };
}
