import { type Alert, normalizeAlert } from '@triagekit/core';
import { plainText } from '../internal/plain-text.js';
import { incidentSeverity } from './incident-severity.js';
import type { PagerDutyEventInfo, PagerDutyIncident } from './pagerduty-webhook-event.js';

/** Longest title core accepts on an alert. */
const MAX_TITLE_LENGTH = 1024;

function present(entries: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entries).filter(
      (entry): entry is [string, string] => entry[1] !== null && entry[1] !== '',
    ),
  );
}

/**
 * The core alert for an incident: source `pagerduty`, id and fingerprint the incident id (so that every
 * event of one incident maps to the same alert), the incident title, the severity from priority or urgency,
 * the PagerDuty service's name as the `service` label, the incident page as link, and `startsAt` the
 * incident's creation (else the event's time).
 */
export function incidentToAlert(incident: PagerDutyIncident, event: PagerDutyEventInfo): Alert {
  return normalizeAlert(
    {
      id: incident.id,
      fingerprint: incident.id,
      title: plainText(incident.title, MAX_TITLE_LENGTH),
      severity: incidentSeverity(incident.priority, incident.urgency),
      source: 'pagerduty',
      labels: present({
        service: incident.serviceName,
        pagerduty_service_id: incident.serviceId,
        pagerduty_incident_id: incident.id,
        pagerduty_incident_number: incident.number === null ? null : String(incident.number),
        urgency: incident.urgency,
        priority: incident.priority,
      }),
      annotations: present({
        pagerduty_event_id: event.id,
        pagerduty_event_type: event.type,
        incident_key: incident.incidentKey,
        escalation_policy: incident.escalationPolicy,
      }),
      startsAt: incident.createdAt ?? event.occurredAt,
      ...(incident.htmlUrl === null ? {} : { url: incident.htmlUrl }),
    },
    'PagerDuty incident',
  );
}
