import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { readFixture, readJsonFixture } from '../__fixtures__/read-fixture.js';
import { fingerprintAlert } from '../fingerprint/fingerprint-alert.js';
import { parseAlertmanagerWebhook } from './parse-alertmanager-webhook.js';

function invalid(body: unknown, options = {}): InvalidInputError {
  try {
    parseAlertmanagerWebhook(body as string, options);
  } catch (error) {
    expect(InvalidInputError.isInstance(error)).toBe(true);
    return error as InvalidInputError;
  }
  throw new Error('expected parseAlertmanagerWebhook to throw');
}

function paths(error: InvalidInputError): string[] {
  return error.issues.map((issue) => issue.path);
}

describe('parseAlertmanagerWebhook on grouped firing alerts', () => {
  const webhook = parseAlertmanagerWebhook(readFixture('firing-group.json'));

  it('keeps the group and turns every firing alert into a core alert, in payload order', () => {
    expect(webhook.status).toBe('firing');
    expect(webhook.receiver).toBe('triagekit');
    expect(webhook.groupKey).toBe(
      '{}/{severity=~"warning|critical"}:{alertname="KubePodCrashLooping", namespace="shop"}',
    );
    expect(webhook.groupLabels).toEqual({ alertname: 'KubePodCrashLooping', namespace: 'shop' });
    expect(webhook.externalUrl).toBe('http://alertmanager-main-0:9093/');
    expect(webhook.alerts.map((alert) => alert.fingerprint)).toEqual([
      '8c2b0a9d4e6f1735',
      'f01d6e3a92b4c587',
      '3e7a51c0d8b92f46',
    ]);
    expect(webhook.resolved).toEqual([]);
    expect(webhook.warnings).toEqual([]);
  });

  it('titles each alert with its alertname and summary, and takes the severity from its label', () => {
    const [first, , third] = webhook.alerts;
    expect(first).toMatchObject({
      id: '8c2b0a9d4e6f1735',
      title: 'KubePodCrashLooping: Pod is crash looping.',
      severity: 'warning',
      source: 'alertmanager',
      startsAt: '2026-03-04T09:58:12.418Z',
      url: 'http://prometheus-k8s-0:9090/graph?g0.expr=max_over_time%28kube_pod_container_status_waiting_reason%7Breason%3D%22CrashLoopBackOff%22%7D%5B5m%5D%29+%3E%3D+1&g0.tab=1',
    });
    expect(first?.labels.container).toBe('payments-api');
    expect(first?.annotations.runbook_url).toBe(
      'https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubepodcrashlooping',
    );
    expect(third?.severity).toBe('critical');
  });

  it('converts offsets to UTC and gives a firing alert no end, even when Alertmanager sent one', () => {
    const third = webhook.alerts[2];
    expect(third?.startsAt).toBe('2026-03-04T09:00:03.000Z');
    expect(third?.endsAt).toBeUndefined();
    expect(webhook.alerts[0]?.endsAt).toBeUndefined();
  });

  it('reads a string, a Buffer and already-parsed JSON alike', () => {
    const text = readFixture('firing-group.json').toString('utf8');
    expect(parseAlertmanagerWebhook(text)).toEqual(webhook);
    expect(parseAlertmanagerWebhook(JSON.parse(text))).toEqual(webhook);
    expect(parseAlertmanagerWebhook(new Uint8Array(readFixture('firing-group.json')))).toEqual(webhook);
  });
});

describe('parseAlertmanagerWebhook on resolved alerts', () => {
  it('reports resolved alerts separately, with their end', () => {
    const webhook = parseAlertmanagerWebhook(readFixture('firing-and-resolved.json'));
    expect(webhook.alerts.map((alert) => alert.labels.instance)).toEqual(['10.2.0.17:8080']);
    expect(webhook.resolved).toHaveLength(1);
    expect(webhook.resolved[0]).toMatchObject({
      fingerprint: 'a41f9c2e7b6d0853',
      labels: { instance: '10.2.0.14:8080' },
      startsAt: '2026-03-04T09:41:07.553Z',
      endsAt: '2026-03-04T09:49:37.553Z',
    });
  });

  it("drops resolved alerts with resolved: 'skip'", () => {
    const webhook = parseAlertmanagerWebhook(readFixture('firing-and-resolved.json'), { resolved: 'skip' });
    expect(webhook.alerts.map((alert) => alert.fingerprint)).toEqual(['5f3c9a1e7b2d4c68']);
    expect(webhook.resolved).toEqual([]);
  });

  it('treats a resolved alert whose end is the zero time as having no end', () => {
    const payload = readJsonFixture('firing-and-resolved.json');
    payload.alerts[0] = { ...payload.alerts[0], endsAt: '0001-01-01T00:00:00Z' };
    expect(parseAlertmanagerWebhook(payload).resolved[0]?.endsAt).toBeUndefined();
  });
});

describe('parseAlertmanagerWebhook on degraded payloads', () => {
  it('warns when Alertmanager left alerts out, and still returns the ones it sent', () => {
    const webhook = parseAlertmanagerWebhook(readFixture('truncated-group.json'));
    expect(webhook.truncatedAlerts).toBe(4);
    expect(webhook.alerts).toHaveLength(1);
    expect(webhook.warnings).toHaveLength(1);
    expect(webhook.warnings[0]).toContain('left 4 alert(s)');
    expect(webhook.warnings[0]).toContain('max_alerts of receiver "triagekit-capped"');
  });

  it('gives an alert with an empty generatorURL no link and no warning', () => {
    const webhook = parseAlertmanagerWebhook(readFixture('truncated-group.json'));
    expect(webhook.alerts[0]?.url).toBeUndefined();
    expect(webhook.warnings.some((warning) => warning.includes('generatorURL'))).toBe(false);
  });

  it('drops a generatorURL that is not http(s), with a warning naming it', () => {
    const payload = readJsonFixture('firing-group.json');
    payload.alerts[1] = { ...payload.alerts[1], generatorURL: 'javascript:alert(document.cookie)' };
    const webhook = parseAlertmanagerWebhook(payload);
    expect(webhook.alerts[1]?.url).toBeUndefined();
    expect(webhook.warnings).toEqual([expect.stringContaining('alerts.1.generatorURL')]);
  });

  it('fingerprints an alert without a fingerprint by its labels, whatever their order', () => {
    const payload = readJsonFixture('truncated-group.json');
    const labels = payload.alerts[0]?.labels as Record<string, string>;
    const reversed = Object.fromEntries(Object.entries(labels).reverse());
    const withoutFingerprint = (labelSet: Record<string, string>) => ({
      ...payload,
      alerts: [{ status: 'firing', labels: labelSet, startsAt: '2026-03-04T03:12:44Z' }],
    });
    const first = parseAlertmanagerWebhook(withoutFingerprint(labels)).alerts[0];
    const second = parseAlertmanagerWebhook(withoutFingerprint(reversed)).alerts[0];
    expect(first?.fingerprint).toBe(fingerprintAlert(labels));
    expect(second?.fingerprint).toBe(first?.fingerprint);
    expect(first?.id).toBe(first?.fingerprint);
  });

  it('titles an alert without alertname or summary by its description, else by its fingerprint', () => {
    const payload = readJsonFixture('truncated-group.json');
    const base = payload.alerts[0] as Record<string, unknown>;
    payload.alerts = [
      { ...base, labels: { job: 'batch' }, annotations: { description: 'Backup job\nfailed twice' } },
      { ...base, labels: { job: 'batch' }, annotations: {}, fingerprint: '77aa' },
    ];
    const [described, bare] = parseAlertmanagerWebhook(payload).alerts;
    expect(described?.title).toBe('Backup job failed twice');
    expect(bare?.title).toBe('Alertmanager alert 77aa');
    expect(bare?.severity).toBe('unknown');
  });

  it('copies the serviceLabel to labels.service, but never over an existing service label', () => {
    const payload = readJsonFixture('firing-and-resolved.json');
    const serviceOf = (options: { serviceLabel?: string }) =>
      parseAlertmanagerWebhook(payload, options).alerts[0]?.labels.service;
    expect(serviceOf({ serviceLabel: 'instance' })).toBe('payments');
    const group = readJsonFixture('firing-group.json');
    const containers = parseAlertmanagerWebhook(group, { serviceLabel: 'container' }).alerts;
    expect(containers.map((alert) => alert.labels.service)).toEqual([
      'payments-api',
      'payments-worker',
      'checkout',
    ]);
    expect(parseAlertmanagerWebhook(group).alerts[0]?.labels.service).toBeUndefined();
  });
});

describe('parseAlertmanagerWebhook rejects malformed payloads, naming each field', () => {
  it('names a bad timestamp by its path', () => {
    const payload = readJsonFixture('firing-group.json');
    payload.alerts[0] = { ...payload.alerts[0], startsAt: 'yesterday' };
    const error = invalid(payload);
    expect(paths(error)).toEqual(['alerts.0.startsAt']);
    expect(error.message).toContain('alerts.0.startsAt');
    expect(error.message).toContain('"yesterday"');
    expect(error.source).toBe('Alertmanager webhook');
  });

  it('names every bad field at once', () => {
    const payload = readJsonFixture('firing-group.json');
    payload.alerts[1] = { ...payload.alerts[1], status: 'pending', labels: { severity: 3 } };
    delete payload.groupKey;
    expect(paths(invalid(payload)).sort()).toEqual([
      'alerts.1.labels.severity',
      'alerts.1.status',
      'groupKey',
    ]);
  });

  it('rejects another payload version and says which it expects', () => {
    const error = invalid({ ...readJsonFixture('firing-group.json'), version: '1' });
    expect(paths(error)).toEqual(['version']);
    expect(error.message).toContain('must be "4"');
  });

  it('rejects a body without alerts, or whose alerts are not a list', () => {
    const { alerts: _alerts, ...withoutAlerts } = readJsonFixture('firing-group.json');
    expect(paths(invalid(withoutAlerts))).toEqual(['alerts']);
    expect(paths(invalid({ ...withoutAlerts, alerts: { status: 'firing' } }))).toEqual(['alerts']);
  });

  it('rejects bodies that are not JSON objects: invalid JSON, empty, an array, not UTF-8', () => {
    expect(invalid('{"version": "4",').message).toContain('not valid JSON');
    expect(invalid('  ').message).toContain('body is empty');
    expect(paths(invalid('[]'))).toEqual(['']);
    expect(invalid(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])).message).toContain('not valid UTF-8');
  });

  it('rejects a body larger than maxBodyBytes before parsing it', () => {
    const error = invalid(readFixture('firing-group.json'), { maxBodyBytes: 100 });
    expect(error.message).toContain('more than the 100 accepted (maxBodyBytes)');
  });

  it('rejects invalid options, naming each', () => {
    const body = readFixture('firing-group.json');
    const error = invalid(body, { resolved: 'drop', maxBodyBytes: 0, serviceLabel: ' ' });
    expect(error.source).toBe('parseAlertmanagerWebhook options');
    expect(paths(error)).toEqual(['resolved', 'serviceLabel', 'maxBodyBytes']);
  });
});
