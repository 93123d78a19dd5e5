import { createTriagePipeline, InvalidInputError, type TriageReport } from '@triagekit/core';
import { createSampleTriageReport, describeSinkV1Conformance } from '@triagekit/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ApiResponse,
  findClosedPort,
  type PagerDutyApiServer,
  startPagerDutyApiServer,
} from '../__fixtures__/pagerduty-api-server.js';
import { readFixture } from '../__fixtures__/read-fixture.js';
import { parsePagerDutyWebhook } from '../webhook/parse-pagerduty-webhook.js';
import { createPagerDutyNoteSink } from './pagerduty-note-sink.js';
import type { PagerDutyNoteSinkOptions } from './pagerduty-note-sink-options.js';

const apiToken = 'u+Fq9ZxY7bWc3dKe1LmN';
const fromEmail = 'triagekit-bot@example.com';
const incidentId = 'Q2X8WN4ZK1L0TB';
let server: PagerDutyApiServer | undefined;

async function serve(script: readonly ApiResponse[]): Promise<PagerDutyApiServer> {
  server = await startPagerDutyApiServer(script);
  return server;
}

function sink(options: Partial<PagerDutyNoteSinkOptions> = {}) {
  return createPagerDutyNoteSink({ apiToken, fromEmail, incidentId, baseUrl: server?.baseUrl, ...options });
}

afterEach(async () => {
  // Whatever a test did, the only write that may reach PagerDuty is a note on an incident.
  for (const request of server?.requests ?? []) {
    expect(request.method).toBe('POST');
    expect(request.path).toMatch(/^\/incidents\/[^/]+\/notes$/);
  }
  await server?.close();
  server = undefined;
});

describeSinkV1Conformance({
  name: 'PagerDuty note sink',
  create: async () => {
    await server?.close();
    await serve([{ fixture: 'note-created.json' }]);
    return sink();
  },
});

describe('createPagerDutyNoteSink on the wire', () => {
  it('posts one note with the REST API headers and a compact summary', async () => {
    const replay = await serve([{ fixture: 'note-created.json' }]);
    const result = await sink({ reportUrl: 'https://triage.example.com/r/1' }).doExport({
      report: createSampleTriageReport(),
    });
    expect(result).toEqual({ ok: true, location: `${replay.baseUrl}/incidents/${incidentId}/notes#PWL7QXS` });
    expect(replay.requests).toHaveLength(1);
    const [request] = replay.requests;
    expect(request?.path).toBe(`/incidents/${incidentId}/notes`);
    expect(request?.headers).toMatchObject({
      authorization: `Token token=${apiToken}`,
      accept: 'application/json',
      'content-type': 'application/json',
      from: fromEmail,
    });
    const body = JSON.parse(request?.body ?? '{}');
    expect(Object.keys(body)).toEqual(['note']);
    expect(Object.keys(body.note)).toEqual(['content']);
    const content: string = body.note.content;
    expect(content.startsWith('triagekit triage: PaymentsLatencyHigh: p99 > 2s (critical)')).toBe(true);
    expect(content).toContain('co-occurring — not proven causal');
    expect(content).toContain('Full report: https://triage.example.com/r/1');
    expect(content.length).toBeLessThanOrEqual(4_000);
  });

  it('notes the incident a PagerDuty webhook raised, through the pipeline, retrying a 500', async () => {
    const replay = await serve([
      { status: 500, fixture: 'error-internal.json' },
      { fixture: 'note-created.json' },
    ]);
    const event = parsePagerDutyWebhook(readFixture('incident-triggered.json'));
    if (event.kind !== 'alert') throw new Error('incident.triggered is an alert');
    const pipeline = createTriagePipeline({
      collectors: [],
      sinks: [sink({ incidentId: undefined })],
      sinkRetry: { initialDelayMs: 1 },
    });
    const { deliveries } = await pipeline.run(event.alert);
    expect(deliveries).toEqual([
      expect.objectContaining({ sinkId: 'pagerduty-note', ok: true, attempts: 2 }),
    ]);
    expect(replay.requests.map((request) => request.path)).toEqual([
      '/incidents/Q2X8WN4ZK1L0TB/notes',
      '/incidents/Q2X8WN4ZK1L0TB/notes',
    ]);
    expect(JSON.parse(replay.requests[1]?.body ?? '{}').note.content).toContain(
      'PaymentsLatencyHigh payments',
    );
  });

  it('sends nothing for a report whose alert names no PagerDuty incident', async () => {
    const replay = await serve([{ fixture: 'note-created.json' }]);
    const result = await sink({ incidentId: undefined }).doExport({ report: createSampleTriageReport() });
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect(result.ok ? '' : result.message).toContain('alert source "alertmanager"');
    expect(replay.requests).toEqual([]);
  });

  it.each([
    [429, 'error-rate-limited.json', true, 'wait 30 s'],
    [500, 'error-internal.json', true, 'HTTP 500: Internal Server Error (code 2000)'],
    [503, undefined, true, 'HTTP 503: no details'],
    [
      400,
      'error-requester-not-found.json',
      false,
      'Requester User Not Found). If it names the requester or From',
    ],
    [401, 'error-unauthorized.json', false, 'Check apiToken'],
    [
      404,
      'error-not-found.json',
      false,
      `incident ${incidentId} (HTTP 404: Not Found (code 2100)). Check the incident id`,
    ],
  ] as const)('maps HTTP %i to retryable %s', async (status, fixture, retryable, message) => {
    await serve([{ status, ...(fixture ? { fixture } : {}), headers: { 'Retry-After': '30' } }]);
    const result = await sink().doExport({ report: createSampleTriageReport() });
    expect(result).toMatchObject({ ok: false, retryable });
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('fails retryably when PagerDuty is unreachable or does not answer in time', async () => {
    const port = await findClosedPort();
    const unreachable = await sink({ baseUrl: `http://127.0.0.1:${port}` }).doExport({
      report: createSampleTriageReport(),
    });
    expect(unreachable).toMatchObject({ ok: false, retryable: true });
    expect(unreachable.ok ? '' : unreachable.message).toContain('unreachable');
    const replay = await serve([{ hang: true }]);
    const slow = await sink({ timeoutMs: 200 }).doExport({ report: createSampleTriageReport() });
    expect(slow).toMatchObject({ ok: false, retryable: true });
    expect(slow.ok ? '' : slow.message).toContain('did not answer within 200 ms');
    await replay.requests[0]?.abandoned;
  });

  it('stops a request in flight when aborted, and resolves', async () => {
    const replay = await serve([{ hang: true }]);
    const controller = new AbortController();
    const exported = sink({ timeoutMs: 600_000 }).doExport({
      report: createSampleTriageReport(),
      abortSignal: controller.signal,
    });
    const request = await replay.request(0);
    controller.abort(new Error('pipeline deadline'));
    expect(await exported).toMatchObject({ ok: false, retryable: false });
    await request.abandoned;
  });

  it('waits for notes in flight on shutdown, then refuses new ones', async () => {
    const replay = await serve([{ fixture: 'note-created.json' }]);
    const noteSink = sink();
    const inFlight = noteSink.doExport({ report: createSampleTriageReport() });
    await noteSink.shutdown?.();
    expect((await inFlight).ok).toBe(true);
    const after = await noteSink.doExport({ report: createSampleTriageReport() });
    expect(after).toMatchObject({
      ok: false,
      retryable: false,
      message: 'Sink "pagerduty-note" is shut down.',
    });
    expect(replay.requests).toHaveLength(1);
  });

  it('refuses invalid options at creation, naming each', () => {
    const create = () =>
      createPagerDutyNoteSink({
        apiToken: '',
        fromEmail: 'not an email',
        incidentId: 'P1',
        incidentIdFromReport: (report: TriageReport) => report.alert.id,
        baseUrl: 'ftp://api.pagerduty.com',
        maxNoteLength: 100,
      });
    expect(create).toThrow(InvalidInputError);
    try {
      create();
    } catch (error) {
      expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual([
        'apiToken',
        'maxNoteLength',
        'fromEmail',
        'incidentIdFromReport',
        'baseUrl',
      ]);
    }
  });
});
