import {
  type InputIssue,
  InvalidInputError,
  parseOrThrow,
  type RequestBody,
  readJsonBody,
  toUtcTimestamp,
} from '@triagekit/core';
import { httpUrl } from '../internal/http-url.js';
import { incidentToAlert } from './incident-to-alert.js';
import {
  DEFAULT_PAGERDUTY_MAX_BODY_BYTES,
  DEFAULT_TRIAGE_EVENT_TYPES,
  type PagerDutyEventInfo,
  type PagerDutyIncident,
  type PagerDutyWebhookEvent,
  type ParsePagerDutyWebhookOptions,
} from './pagerduty-webhook-event.js';
import {
  type PagerDutyIncidentPayload,
  pagerDutyIncidentSchema,
  pagerDutyWebhookSchema,
} from './pagerduty-webhook-schema.js';

const SOURCE = 'PagerDuty webhook';
const HINT =
  'Expected the JSON body of a PagerDuty v3 webhook: {"event": {"id", "event_type", "resource_type", ' +
  '"occurred_at", "data": {...}}}. V1/V2 webhooks ("messages": [...]) are not supported.';

function checkOptions(options: ParsePagerDutyWebhookOptions): void {
  const issues: InputIssue[] = [];
  const { triageEventTypes, maxBodyBytes } = options;
  if (
    triageEventTypes !== undefined &&
    !(
      Array.isArray(triageEventTypes) &&
      triageEventTypes.every((type) => typeof type === 'string' && type !== '')
    )
  ) {
    issues.push({
      path: 'triageEventTypes',
      message: 'must be a list of event types, e.g. ["incident.triggered"]',
    });
  }
  if (maxBodyBytes !== undefined && !(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    issues.push({ path: 'maxBodyBytes', message: `must be a positive integer, got ${String(maxBodyBytes)}` });
  }
  if (issues.length > 0) throw new InvalidInputError({ source: 'parsePagerDutyWebhook options', issues });
}

function toIncident(payload: PagerDutyIncidentPayload): PagerDutyIncident {
  return {
    id: payload.id,
    number: payload.number ?? null,
    title: payload.title,
    status: payload.status,
    urgency: payload.urgency ?? null,
    priority: payload.priority?.summary || null,
    serviceId: payload.service.id,
    serviceName: payload.service.summary,
    htmlUrl: httpUrl(payload.html_url ?? undefined) ?? null,
    incidentKey: payload.incident_key || null,
    escalationPolicy: payload.escalation_policy?.summary || null,
    createdAt: payload.created_at ? toUtcTimestamp(payload.created_at) : null,
  };
}

/**
 * Validates the body of a PagerDuty v3 webhook and says what it means for triage: `alert` (a normalised core
 * alert for the incident, for `triageEventTypes`), `status` (another incident event) or `ignored` (not about
 * an incident's state). Pure: no I/O. Call {@link verifyPagerDutySignature} on the raw body first.
 *
 * @param body - the raw body (string, `Buffer`, `Uint8Array`), or JSON a framework already parsed.
 * @throws InvalidInputError naming every offending field by its path (e.g. `event.data.title`) when the
 * body is not JSON, too large, not a v3 webhook, or an incident event whose incident is malformed; and for
 * invalid options.
 */
export function parsePagerDutyWebhook(
  body: RequestBody,
  options: ParsePagerDutyWebhookOptions = {},
): PagerDutyWebhookEvent {
  checkOptions(options);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_PAGERDUTY_MAX_BODY_BYTES;
  const json = readJsonBody(body, { source: SOURCE, maxBodyBytes, hint: HINT });
  const { event: raw } = parseOrThrow(pagerDutyWebhookSchema, json, SOURCE, { hint: HINT });
  const event: PagerDutyEventInfo = {
    id: raw.id,
    type: raw.event_type,
    resourceType: raw.resource_type,
    occurredAt: toUtcTimestamp(raw.occurred_at),
  };
  if (raw.resource_type !== 'incident' || raw.data.type !== 'incident') {
    const dataType = typeof raw.data.type === 'string' ? raw.data.type : 'untyped';
    return {
      kind: 'ignored',
      event,
      reason: `${raw.event_type} carries ${dataType} data, not an incident's state; nothing to triage`,
    };
  }
  const incident = toIncident(
    parseOrThrow(pagerDutyIncidentSchema, raw.data, SOURCE, { prefix: 'event.data', hint: HINT }),
  );
  const triageTypes = options.triageEventTypes ?? DEFAULT_TRIAGE_EVENT_TYPES;
  if (!triageTypes.includes(raw.event_type)) return { kind: 'status', event, incident };
  return { kind: 'alert', event, incident, alert: incidentToAlert(incident, event) };
}
