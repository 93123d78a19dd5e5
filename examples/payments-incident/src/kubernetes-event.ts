import type { EvidenceSink } from './create-evidence-sink.js';

/** A Kubernetes Event as a collector reads it from the API, reduced to what triage needs. */
export interface KubernetesEvent {
  readonly time: number;
  readonly service: string;
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly message: string;
  /** `Kind/name`, e.g. `Pod/payments-7d9c6b5f84-x2kqp`. */
  readonly involvedObject: string;
  readonly reportingComponent: string;
  readonly count?: number;
  readonly firstTimestamp?: number;
}

/** Kubernetes event timestamps have whole-second precision. */
function eventTimestamp(time: number): string {
  return new Date(Math.floor(time / 1_000) * 1_000).toISOString().replace('.000Z', 'Z');
}

/** Adds one Kubernetes Event to `sink` as an `event` item; warnings stay warnings, the rest is info. */
export function addKubernetesEvent(sink: EvidenceSink, event: KubernetesEvent): void {
  sink.add(event.time, event.service, () => ({
    kind: 'event',
    severity: event.type === 'Warning' ? 'warning' : 'info',
    text: event.message,
    attributes: {
      reason: event.reason,
      type: event.type,
      namespace: 'shop',
      involvedObject: event.involvedObject,
      count: event.count ?? 1,
      firstTimestamp: eventTimestamp(event.firstTimestamp ?? event.time),
      lastTimestamp: eventTimestamp(event.time),
      reportingComponent: event.reportingComponent,
    },
  }));
}
