import type { Alert } from '@triagekit/core';

/** Event types that start a triage by default: only a newly triggered incident. */
export const DEFAULT_TRIAGE_EVENT_TYPES: readonly string[] = ['incident.triggered'];

/** Default of `maxBodyBytes` for PagerDuty webhooks: 512 KiB (PagerDuty drops webhooks above 256 KB). */
export const DEFAULT_PAGERDUTY_MAX_BODY_BYTES = 512 * 1024;

/** Options of `parsePagerDutyWebhook`. */
export interface ParsePagerDutyWebhookOptions {
  /**
   * Incident event types answered with `kind: 'alert'` (start a triage). Other incident events become
   * `kind: 'status'`. Add `incident.reopened` or `incident.escalated` to triage those too. Default
   * {@link DEFAULT_TRIAGE_EVENT_TYPES} (`['incident.triggered']`).
   */
  readonly triageEventTypes?: readonly string[];
  /** Largest accepted body in bytes. Default {@link DEFAULT_PAGERDUTY_MAX_BODY_BYTES} (512 KiB). */
  readonly maxBodyBytes?: number;
}

/** What every webhook says about its event. */
export interface PagerDutyEventInfo {
  /** PagerDuty's id of the event; equal on redelivery, so usable to drop duplicates. */
  readonly id: string;
  /** e.g. `incident.triggered`. */
  readonly type: string;
  /** e.g. `incident`, `service`, `pagey`. */
  readonly resourceType: string;
  /** When it happened (UTC, ISO 8601 with milliseconds). */
  readonly occurredAt: string;
}

/** The incident an incident event is about. */
export interface PagerDutyIncident {
  /** PagerDuty's incident id, e.g. `Q2X8WN4ZK1L0TB`: the alert's id and fingerprint. */
  readonly id: string;
  /** The account-wide incident number (`#4812`), when given. */
  readonly number: number | null;
  /** The incident title, as PagerDuty shows it. */
  readonly title: string;
  /** `triggered`, `acknowledged` or `resolved`. */
  readonly status: string;
  /** `high` or `low`, when given. */
  readonly urgency: string | null;
  /** The priority's name, e.g. `P1`, when the account uses priorities. */
  readonly priority: string | null;
  /** Id of the PagerDuty service the incident belongs to. */
  readonly serviceId: string;
  /** Name of that service (its `summary`); the alert's `service` label. */
  readonly serviceName: string;
  /** The incident's page, when it is an http(s) URL. */
  readonly htmlUrl: string | null;
  /** The de-duplication key the incident was raised with (the Events API `dedup_key`), when given. */
  readonly incidentKey: string | null;
  /** Name of the escalation policy, when given. */
  readonly escalationPolicy: string | null;
  /** When the incident was created (UTC, ISO 8601 with milliseconds), when given. */
  readonly createdAt: string | null;
}

/**
 * A parsed PagerDuty v3 webhook:
 * - `alert`: an incident event to triage (by default `incident.triggered`), with the normalised `alert`;
 * - `status`: any other incident event (acknowledged, resolved, escalated, ...): the incident's new state,
 *   for callers that record the timeline; nothing to triage;
 * - `ignored`: events that are not about an incident's state (`incident.annotated`,
 *   `incident.responder.added`, `service.updated`, the `pagey.ping` test event, ...), with the reason.
 */
export type PagerDutyWebhookEvent =
  | {
      readonly kind: 'alert';
      readonly event: PagerDutyEventInfo;
      readonly incident: PagerDutyIncident;
      readonly alert: Alert;
    }
  | { readonly kind: 'status'; readonly event: PagerDutyEventInfo; readonly incident: PagerDutyIncident }
  | { readonly kind: 'ignored'; readonly event: PagerDutyEventInfo; readonly reason: string };
