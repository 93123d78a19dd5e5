import { createServer, type Server } from 'node:http';
import { type Alert, normalizeAlert } from '@triagekit/core';
import { describeCollectorV1Conformance } from '@triagekit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrometheusCollector } from './prometheus-collector.js';
import {
  type MetricsEndpoint,
  type RunningServer,
  startAlertmanager,
  startMetricsEndpoint,
  startPrometheus,
} from './testing/index.js';

const RULES = `groups:
  - name: checkout
    rules:
      - alert: CheckoutErrorRateHigh
        expr: sum(rate(http_requests_total{service="checkout",code="500"}[5s])) / sum(rate(http_requests_total{service="checkout"}[5s])) > 0.2
        labels:
          severity: critical
          service: checkout
        annotations:
          summary: More than 20 % of checkout requests fail.
`;

let metrics: MetricsEndpoint;
let prometheus: RunningServer;
let alertmanager: RunningServer;
let webhookSink: Server;
let healthyFrom: Date;
let errorsFrom: Date;
let firingAlert: Alert;
const requests: string[] = [];

/** fetch that records every request leaving the process: the wire-level proof of read-only access. */
const recordingFetch: typeof fetch = (input, init) => {
  requests.push(`${init?.method ?? 'GET'} ${String(input)}`);
  return fetch(input, init);
};

async function poll<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}:\n${prometheus.output()}`);
}

async function samplesSince(since: Date): Promise<number> {
  const url = new URL('/api/v1/query', prometheus.url);
  url.searchParams.set(
    'query',
    `count_over_time(http_requests_total{code="200"}[${Math.ceil((Date.now() - since.getTime()) / 1000) + 1}s])`,
  );
  const body = (await (await fetch(url)).json()) as { data: { result: { value: [number, string] }[] } };
  return Number(body.data.result[0]?.value[1] ?? 0);
}

beforeAll(async () => {
  webhookSink = createServer((_request, response) => response.writeHead(200).end());
  await new Promise<void>((resolve) => webhookSink.listen(0, '127.0.0.1', resolve));
  const sinkAddress = webhookSink.address();
  const sinkPort = typeof sinkAddress === 'object' && sinkAddress !== null ? sinkAddress.port : 0;
  alertmanager = await startAlertmanager({ webhookUrl: `http://127.0.0.1:${sinkPort}/` });
  metrics = await startMetricsEndpoint('checkout');
  healthyFrom = new Date();
  prometheus = await startPrometheus({
    scrapeTargets: [metrics.target],
    rules: RULES,
    alertmanagerTarget: new URL(alertmanager.url).host,
  });
  // A healthy baseline first: at least 12 scrapes before anything goes wrong.
  await poll('a healthy baseline', async () => ((await samplesSince(healthyFrom)) >= 12 ? true : undefined));
  errorsFrom = new Date();
  metrics.setTraffic({ requestsPerSecond: 20, errorShare: 0.6 });
  // The real alert, as Alertmanager holds it (its generatorURL carries the rule's expression).
  const fired = await poll('the alert to reach Alertmanager', async () => {
    const response = await fetch(new URL('/api/v2/alerts', alertmanager.url));
    const alerts = (await response.json()) as {
      labels: Record<string, string>;
      annotations: Record<string, string>;
      startsAt: string;
      generatorURL: string;
    }[];
    return alerts.find((alert) => alert.labels.alertname === 'CheckoutErrorRateHigh');
  });
  // Triage starts a little after the page: a few more scrapes of the failing state.
  await poll('scrapes of the failing state', async () =>
    (await samplesSince(errorsFrom)) >= 8 ? true : undefined,
  );
  firingAlert = normalizeAlert({
    title: 'CheckoutErrorRateHigh',
    source: 'alertmanager',
    startsAt: fired.startsAt,
    labels: fired.labels,
    annotations: fired.annotations,
    url: fired.generatorURL,
  });
}, 120_000);

afterAll(async () => {
  await prometheus?.stop();
  await alertmanager?.stop();
  await metrics?.close();
  await new Promise((resolve) => webhookSink?.close(resolve));
});

function collect(
  collector = createPrometheusCollector({
    url: prometheus.url,
    alertmanagerUrl: alertmanager.url,
    stepSeconds: 1,
    fetch: recordingFetch,
  }),
) {
  return collector.doCollect({
    alert: firingAlert,
    window: { start: healthyFrom, end: new Date() },
    abortSignal: new AbortController().signal,
    maxItems: 1000,
  });
}

describe('createPrometheusCollector against a real Prometheus and Alertmanager', () => {
  it('charts the alert expression and dates the crossing after the errors began', async () => {
    requests.length = 0;
    const { evidence, warnings } = await collect();
    const alertSeries = evidence.find(
      (item) =>
        item.kind === 'metric' && item.attributes?.['prometheus.queryName'] === 'CheckoutErrorRateHigh',
    );
    expect(alertSeries, JSON.stringify({ evidence, warnings }, null, 2)).toBeDefined();
    const crossedAt = new Date(alertSeries?.time as Date).getTime();
    // Samples are at 1 s resolution and rate() looks 5 s back: the crossing lies after the switch.
    expect(crossedAt).toBeGreaterThanOrEqual(errorsFrom.getTime() - 1000);
    expect(alertSeries?.service).toBe('checkout');
    expect(alertSeries?.attributes?.['metric.threshold']).toBe(0.2);
    expect(Number(alertSeries?.attributes?.['metric.peak'])).toBeGreaterThan(0.2);
    // The comparison was removed, so the signal itself was charted.
    expect(String(alertSeries?.attributes?.['prometheus.query'])).not.toContain('> 0.2');
  });

  it('adds the firing alert from Alertmanager', async () => {
    const { evidence } = await collect();
    const firing = evidence.find((item) => item.kind === 'alert');
    expect(firing?.text).toContain('CheckoutErrorRateHigh firing since');
    expect(firing?.service).toBe('checkout');
    expect(firing?.severity).toBe('critical');
  });

  it('only ever sends GET requests', async () => {
    requests.length = 0;
    await collect();
    expect(requests.length).toBeGreaterThan(1);
    for (const request of requests)
      expect(request).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/(v1\/query_range|v2\/alerts)\?/);
  });

  it('turns a bad query into a warning and keeps the rest', async () => {
    const { evidence, warnings } = await collect(
      createPrometheusCollector({
        url: prometheus.url,
        queries: [{ name: 'broken', query: 'sum(rate(http_requests_total[5s]' }],
        useDefaultQueries: false,
        stepSeconds: 1,
      }),
    );
    expect((warnings ?? []).join('\n')).toMatch(/query "broken" failed: .*HTTP 400: bad_data/);
    expect(
      evidence.some((item) => item.attributes?.['prometheus.queryName'] === 'CheckoutErrorRateHigh'),
    ).toBe(true);
  });

  it('fails with a precise error when Prometheus is unreachable', async () => {
    const collector = createPrometheusCollector({
      url: 'http://127.0.0.1:9',
      retries: 0,
      useDefaultQueries: false,
    });
    await expect(collect(collector)).rejects.toThrow(
      /every Prometheus\/Alertmanager request failed.*unreachable/,
    );
  });
});

describeCollectorV1Conformance({
  name: 'createPrometheusCollector (real Prometheus)',
  create: () =>
    createPrometheusCollector({ url: prometheus.url, alertmanagerUrl: alertmanager.url, stepSeconds: 1 }),
});
