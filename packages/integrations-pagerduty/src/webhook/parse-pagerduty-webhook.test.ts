import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../__fixtures__/read-fixture.js';
import { parsePagerDutyWebhook } from './parse-pagerduty-webhook.js';

function fixture(name: string): { event: Record<string, unknown> & { data: Record<string, unknown> } } {
  return JSON.parse(readFixture(name).toString('utf8'));
}

function failure(body: unknown, options = {}): InvalidInputError {
  try {
    parsePagerDutyWebhook(body as string, options);
  } catch (error) {
    expect(InvalidInputError.isInstance(error)).toBe(true);
    return error as InvalidInputError;
  }
  throw new Error('expected parsePagerDutyWebhook to throw');
}

describe('parsePagerDutyWebhook', () => {
  it('turns incident.triggered into an alert whose fingerprint is the incident id', () => {
    const parsed = parsePagerDutyWebhook(readFixture('incident-triggered.json'));
    expect(parsed.kind).toBe('alert');
    if (parsed.kind !== 'alert') return;
    expect(parsed.event).toEqual({
      id: '01DQ3FEPYZ3WGX8MSSQ8TZ5Z2K',
      type: 'incident.triggered',
      resourceType: 'incident',
      occurredAt: '2026-03-04T10:00:04.217Z',
    });
    expect(parsed.alert).toEqual({
      id: 'Q2X8WN4ZK1L0TB',
      title: '[FIRING:1] PaymentsLatencyHigh payments (critical)',
      severity: 'critical',
      source: 'pagerduty',
      labels: {
        service: 'payments',
        pagerduty_service_id: 'P7PRB4N',
        pagerduty_incident_id: 'Q2X8WN4ZK1L0TB',
        pagerduty_incident_number: '4812',
        urgency: 'high',
        priority: 'P1',
      },
      annotations: {
        pagerduty_event_id: '01DQ3FEPYZ3WGX8MSSQ8TZ5Z2K',
        pagerduty_event_type: 'incident.triggered',
        incident_key: '8f1c3e0b2a7d4f6e9c5b1a3d7e2f4c6a',
        escalation_policy: 'Payments on-call',
      },
      startsAt: '2026-03-04T10:00:03.000Z',
      fingerprint: 'Q2X8WN4ZK1L0TB',
      url: 'https://acme.pagerduty.com/incidents/Q2X8WN4ZK1L0TB',
    });
    expect(parsed.incident).toMatchObject({ number: 4812, status: 'triggered', serviceName: 'payments' });
  });

  it('reports other incident events as a status change of the same incident, with nothing to triage', () => {
    const parsed = parsePagerDutyWebhook(readFixture('incident-acknowledged.json'));
    expect(parsed.kind).toBe('status');
    if (parsed.kind !== 'status') return;
    expect(parsed.incident).toMatchObject({ id: 'Q2X8WN4ZK1L0TB', status: 'acknowledged', priority: null });
    expect(parsed.event.type).toBe('incident.acknowledged');
    expect('alert' in parsed).toBe(false);
  });

  it('triages the event types it is told to', () => {
    const parsed = parsePagerDutyWebhook(readFixture('incident-acknowledged.json'), {
      triageEventTypes: ['incident.triggered', 'incident.acknowledged'],
    });
    expect(parsed.kind).toBe('alert');
    if (parsed.kind !== 'alert') return;
    // No priority: the severity comes from the low urgency.
    expect(parsed.alert.severity).toBe('warning');
    expect(parsed.alert.labels.priority).toBeUndefined();
  });

  it('ignores events that are not about an incident state, saying why', () => {
    const note = parsePagerDutyWebhook(readFixture('incident-annotated.json'));
    expect(note).toMatchObject({ kind: 'ignored', event: { type: 'incident.annotated' } });
    expect(note.kind === 'ignored' ? note.reason : '').toContain('incident_note');
    const ping = parsePagerDutyWebhook(readFixture('pagey-ping.json'));
    expect(ping).toMatchObject({ kind: 'ignored', event: { type: 'pagey.ping', resourceType: 'pagey' } });
  });

  it('maps priority names and urgency onto severities', () => {
    const payload = fixture('incident-triggered.json');
    const severityFor = (priority: unknown, urgency: string) => {
      payload.event.data = { ...payload.event.data, priority, urgency };
      const parsed = parsePagerDutyWebhook(payload);
      return parsed.kind === 'alert' ? parsed.alert.severity : 'not an alert';
    };
    expect(severityFor({ summary: 'P3' }, 'high')).toBe('warning');
    expect(severityFor({ summary: 'SEV-2' }, 'low')).toBe('error');
    expect(severityFor({ summary: 'Business hours' }, 'low')).toBe('warning');
    expect(severityFor(null, 'high')).toBe('critical');
  });

  it('falls back to the event time without created_at, and drops a link that is not http(s)', () => {
    const payload = fixture('incident-triggered.json');
    const { created_at: _created, ...data } = payload.event.data;
    payload.event.data = { ...data, html_url: 'javascript:alert(1)' };
    const parsed = parsePagerDutyWebhook(payload);
    expect(parsed.kind === 'alert' && parsed.alert.startsAt).toBe('2026-03-04T10:00:04.217Z');
    expect(parsed.kind === 'alert' && parsed.alert.url).toBeUndefined();
  });

  it('names the offending fields of a malformed incident under event.data', () => {
    const payload = fixture('incident-triggered.json');
    const { service: _service, ...data } = payload.event.data;
    payload.event.data = { ...data, title: '' };
    const error = failure(payload);
    expect(error.issues.map((issue) => issue.path).sort()).toEqual([
      'event.data.service',
      'event.data.title',
    ]);
    expect(error.source).toBe('PagerDuty webhook');
  });

  it('names the offending fields of a malformed envelope', () => {
    const payload = fixture('incident-triggered.json');
    payload.event = { ...payload.event, occurred_at: 'now', id: 7 };
    expect(
      failure(payload)
        .issues.map((issue) => issue.path)
        .sort(),
    ).toEqual(['event.id', 'event.occurred_at']);
    const v2 = failure({ messages: [{ event: 'incident.trigger' }] });
    expect(v2.issues.map((issue) => issue.path)).toEqual(['event']);
    expect(v2.message).toContain('V1/V2 webhooks');
  });

  it('rejects bodies that are not JSON, too large, and invalid options', () => {
    expect(failure('event=incident.triggered').message).toContain('not valid JSON');
    expect(failure(readFixture('incident-triggered.json'), { maxBodyBytes: 512 }).message).toContain(
      'maxBodyBytes',
    );
    const options = failure(readFixture('incident-triggered.json'), {
      triageEventTypes: 'incident.triggered',
    });
    expect(options.issues.map((issue) => issue.path)).toEqual(['triageEventTypes']);
  });
});
