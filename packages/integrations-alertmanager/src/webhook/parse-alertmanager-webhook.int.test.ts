import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAlertmanager, startAlertmanager } from '../__fixtures__/start-alertmanager.js';
import {
  type ReceivedRequest,
  startWebhookReceiver,
  type WebhookReceiver,
} from '../__fixtures__/webhook-receiver.js';
import { verifyBearerToken } from '../auth/verify-bearer-token.js';
import { parseAlertmanagerWebhook } from './parse-alertmanager-webhook.js';

// A real Alertmanager delivers real notifications to a local receiver that does what `triagekit serve` does
// with them: check the bearer token, then parse the raw body.
const token = 'am-webhook-7c41e9d2';
const tokens = ['am-webhook-retired-01', token];
const minute = 60_000;
const now = Date.now();
const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
const generatorURL =
  'http://prometheus:9090/graph?g0.expr=rate%28http_requests_total%7Bcode%3D~%225..%22%7D%5B5m%5D%29';

let receiver: WebhookReceiver;
let alertmanager: RunningAlertmanager;

function config(url: string): string {
  const webhook = (extra: string[]) => [
    '    webhook_configs:',
    `      - url: "${url}/alerts/alertmanager"`,
    ...extra,
    '        http_config:',
    '          authorization:',
    `            credentials: "${token}"`,
  ];
  return [
    'route:',
    '  receiver: triagekit',
    '  group_by: [alertname]',
    '  group_wait: 1s',
    '  group_interval: 1s',
    '  repeat_interval: 1h',
    '  routes:',
    '    - receiver: triagekit-capped',
    '      matchers: [\'scenario="capped"\']',
    'receivers:',
    '  - name: triagekit',
    ...webhook(['        send_resolved: true']),
    '  - name: triagekit-capped',
    ...webhook(['        max_alerts: 1']),
    '',
  ].join('\n');
}

function checkoutAlert(instance: string, extra: Record<string, unknown> = {}) {
  return {
    labels: { alertname: 'CheckoutErrorRate', service: 'checkout', severity: 'critical', instance },
    annotations: { summary: 'More than 5% of checkout requests fail' },
    startsAt: iso(-2 * minute),
    generatorURL,
    ...extra,
  };
}

/**
 * The first notification to `receiverName` whose body satisfies `complete`. Alertmanager may flush a group
 * while the posted alerts are still being inserted, then send the full group one group_interval later, so a
 * test waits for the notification it means rather than the first one.
 */
async function notificationFor(
  receiverName: string,
  complete: (body: { alerts: unknown[]; truncatedAlerts: number }) => boolean,
): Promise<ReceivedRequest> {
  for (let index = 0; ; index += 1) {
    const request = await receiver.request(index);
    const body = JSON.parse(request.body.toString('utf8'));
    if (body.receiver === receiverName && complete(body)) return request;
  }
}

const fullCheckoutGroup = (body: { alerts: unknown[] }) => body.alerts.length === 3;
const cappedGroup = (body: { truncatedAlerts: number }) => body.truncatedAlerts === 2;

beforeAll(async () => {
  receiver = await startWebhookReceiver((request) =>
    verifyBearerToken({ authorizationHeader: request.headers.authorization, tokens }).ok ? 200 : 401,
  );
  alertmanager = await startAlertmanager(config(receiver.url));
  await alertmanager.postAlerts([
    checkoutAlert('10.2.0.14:8080'),
    checkoutAlert('10.2.0.17:8080'),
    checkoutAlert('10.2.0.21:8080', { startsAt: iso(-10 * minute), endsAt: iso(-1 * minute) }),
    ...['node-1', 'node-2', 'node-3'].map((instance) => ({
      labels: { alertname: 'DiskAlmostFull', scenario: 'capped', severity: 'warning', instance },
      startsAt: iso(-5 * minute),
    })),
  ]);
});

afterAll(async () => {
  await alertmanager?.stop();
  await receiver?.close();
});

describe('parseAlertmanagerWebhook on notifications from a real Alertmanager', () => {
  it('receives a POST to the configured path carrying the bearer token of http_config.authorization', async () => {
    const request = await notificationFor('triagekit', fullCheckoutGroup);
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/alerts/alertmanager');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['user-agent']).toMatch(/^Alertmanager\//);
    expect(verifyBearerToken({ authorizationHeader: request.headers.authorization, tokens })).toEqual({
      ok: true,
      tokenIndex: 1,
    });
  });

  it("parses the raw body: firing alerts to triage, the resolved one apart, Alertmanager's fingerprints kept", async () => {
    const webhook = parseAlertmanagerWebhook((await notificationFor('triagekit', fullCheckoutGroup)).body);
    expect(webhook.status).toBe('firing');
    expect(webhook.groupKey).toBe('{}:{alertname="CheckoutErrorRate"}');
    expect(webhook.groupLabels).toEqual({ alertname: 'CheckoutErrorRate' });
    expect(webhook.alerts.map((alert) => alert.labels.instance).sort()).toEqual([
      '10.2.0.14:8080',
      '10.2.0.17:8080',
    ]);
    expect(webhook.resolved.map((alert) => alert.labels.instance)).toEqual(['10.2.0.21:8080']);
    expect(webhook.resolved[0]?.endsAt).toBe(iso(-1 * minute));
    expect(webhook.warnings).toEqual([]);

    // Alertmanager lists only the alerts still active, so only the firing ones can be compared.
    const held = await alertmanager.listAlerts();
    for (const alert of webhook.alerts) {
      const own = held.find((candidate) => candidate.labels.instance === alert.labels.instance);
      expect(own).toBeDefined();
      expect(alert.fingerprint).toBe(own?.fingerprint);
    }
    expect(webhook.resolved[0]?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    for (const alert of [...webhook.alerts, ...webhook.resolved]) {
      expect(alert).toMatchObject({
        title: 'CheckoutErrorRate: More than 5% of checkout requests fail',
        severity: 'critical',
        source: 'alertmanager',
        url: generatorURL,
      });
    }
    expect(webhook.alerts[0]?.startsAt).toBe(iso(-2 * minute));
    expect(webhook.alerts[0]?.endsAt).toBeUndefined();
  });

  it('reports the alerts a capped receiver left out, with a warning', async () => {
    const webhook = parseAlertmanagerWebhook((await notificationFor('triagekit-capped', cappedGroup)).body);
    expect(webhook.alerts).toHaveLength(1);
    expect(webhook.alerts[0]?.labels.alertname).toBe('DiskAlmostFull');
    expect(webhook.truncatedAlerts).toBe(2);
    expect(webhook.warnings).toEqual([expect.stringContaining('left 2 alert(s)')]);
  });
});
