import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  freePort,
  type MetricsEndpoint,
  type RunningServer,
  startAlertmanager,
  startMetricsEndpoint,
  startPrometheus,
} from '@triagekit/collectors-prometheus/testing';
import type { TriageReport } from '@triagekit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

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
const TOKEN = 'alertmanager-to-triagekit';

interface SlackDelivery {
  readonly method: string;
  readonly body: { text?: string; blocks?: { type: string; text?: { type: string; text: string } }[] };
}

let directory: string;
let metrics: MetricsEndpoint;
let prometheus: RunningServer | undefined;
let alertmanager: RunningServer | undefined;
let slack: Server;
const slackDeliveries: SlackDelivery[] = [];
const serveAbort = new AbortController();
let serveExit: Promise<number>;
let serveStdout = '';
let serveStderr = '';

async function poll<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `timed out waiting for ${what}\nserve stderr:\n${serveStderr.slice(-4000)}\nalertmanager:\n${alertmanager?.output()}`,
  );
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-e2e-'));
  // Slack's incoming webhook, played by a local server that keeps what it receives.
  slack = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      slackDeliveries.push({ method: request.method ?? '', body: JSON.parse(body) });
      response.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => slack.listen(0, '127.0.0.1', resolve));
  const slackAddress = slack.address();
  const slackPort = typeof slackAddress === 'object' && slackAddress !== null ? slackAddress.port : 0;

  metrics = await startMetricsEndpoint('checkout');
  const prometheusPort = await freePort();
  await writeFile(
    join(directory, 'triagekit.json'),
    JSON.stringify({
      window: { beforeMinutes: 10, afterMinutes: 2 },
      collectors: [{ type: 'prometheus', url: `http://127.0.0.1:${prometheusPort}`, stepSeconds: 1 }],
      sinks: [
        {
          type: 'slack',
          webhookUrlEnv: 'TEST_SLACK_WEBHOOK_URL',
          reportUrl: 'https://triage.example.com/reports/{reportId}',
        },
      ],
    }),
  );

  // `triagekit serve`, exactly as a user runs it, until the test aborts it.
  serveExit = runCli(
    ['serve', '--port', '0', '--out', 'served', '--config', 'triagekit.json', '--token', TOKEN],
    {
      stdout: (text) => {
        serveStdout += text;
      },
      stderr: (text) => {
        serveStderr += text;
      },
      cwd: directory,
      abortSignal: serveAbort.signal,
      stdin: Readable.from([]),
      environment: { TEST_SLACK_WEBHOOK_URL: `http://127.0.0.1:${slackPort}/services/T000/B000/XXXX` },
    },
  );
  const serveUrl = await poll('serve to listen', async () => /listening on (\S+)/.exec(serveStdout)?.[1]);

  alertmanager = await startAlertmanager({
    webhookUrl: `${serveUrl}/alerts/alertmanager`,
    bearerToken: TOKEN,
  });
  prometheus = await startPrometheus({
    port: prometheusPort,
    scrapeTargets: [metrics.target],
    rules: RULES,
    alertmanagerTarget: new URL(alertmanager.url).host,
  });
  // A healthy stretch, then most checkout requests fail and the rule fires.
  await new Promise((resolve) => setTimeout(resolve, 8000));
  metrics.setTraffic({ requestsPerSecond: 20, errorShare: 0.6 });
}, 120_000);

afterAll(async () => {
  serveAbort.abort(new Error('test finished'));
  await serveExit;
  await prometheus?.stop();
  await alertmanager?.stop();
  await metrics?.close();
  await new Promise((resolve) => slack?.close(resolve));
  await rm(directory, { recursive: true, force: true });
});

describe('Prometheus → Alertmanager → triagekit serve → report and Slack', () => {
  it('triages the firing alert once, writes the report and posts a Block Kit message', async () => {
    const reportsDirectory = join(directory, 'served', 'reports');
    const reportDirectory = await poll('a report', async () => {
      const names = await readdir(reportsDirectory).catch(() => []);
      return names.length > 0 ? names[0] : undefined;
    });
    const files = await poll('the report files', async () => {
      const names = (await readdir(join(reportsDirectory, reportDirectory))).sort();
      return names.length === 3 ? names : undefined;
    });
    expect(files).toEqual(['report.html', 'report.json', 'report.md']);
    const report = JSON.parse(
      await readFile(join(reportsDirectory, reportDirectory, 'report.json'), 'utf8'),
    ) as TriageReport;
    expect(report.alert.labels.alertname).toBe('CheckoutErrorRateHigh');
    expect(report.alert.source).toBe('alertmanager');
    // The Prometheus collector charted the alert's own expression from its generator URL.
    const metric = report.evidence.find((item) => item.kind === 'metric');
    expect(metric?.attributes['prometheus.queryName']).toBe('CheckoutErrorRateHigh');
    expect(report.affectedServices[0]?.service).toBe('checkout');

    const delivery = await poll('the Slack message', async () => slackDeliveries[0]);
    expect(delivery.method).toBe('POST');
    const blocks = delivery.body.blocks ?? [];
    expect(blocks[0]?.type).toBe('header');
    expect(blocks[0]?.text?.text).toContain('CheckoutErrorRateHigh');
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) {
      expect(['header', 'section', 'context', 'divider', 'actions']).toContain(block.type);
      if (block.text !== undefined) expect(block.text.text.length).toBeLessThanOrEqual(3000);
    }
    expect(JSON.stringify(blocks)).toContain(`https://triage.example.com/reports/${report.id}`);
    expect(typeof delivery.body.text).toBe('string');

    // Alertmanager repeats group notifications; the alert is still triaged exactly once.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await readdir(reportsDirectory)).toHaveLength(1);
    expect(slackDeliveries).toHaveLength(1);
    const logLines = serveStderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { msg: string });
    expect(logLines.some((line) => line.msg === 'accepted')).toBe(true);
    expect(logLines.some((line) => line.msg === 'report written')).toBe(true);
  }, 120_000);
});
