import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Alert,
  type AlertInput,
  alertInputSchema,
  InvalidInputError,
  normalizeAlert,
  parseOrThrow,
  type TriageLifecycleEvent,
} from '@triagekit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AlertIntake, IntakeAuthenticationError } from './alert-intake.js';
import { startTriageServer, type TriageServer } from './start-triage-server.js';

// The real intakes are tested in their packages; here a minimal JSON one exercises the server itself.
const jsonIntake: AlertIntake = ({ body }) => {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new InvalidInputError({
      source: 'alert',
      issues: [{ path: '', message: 'is not JSON' }],
      cause: error,
    });
  }
  const inputs = Array.isArray(json) ? json : [json];
  return {
    alerts: inputs.map((input) =>
      normalizeAlert(parseOrThrow(alertInputSchema, input, 'alert') as AlertInput),
    ),
  };
};
const signedIntake: AlertIntake = (delivery) => {
  if (delivery.headers.get('x-signature') !== 'good')
    throw new IntakeAuthenticationError('X-Signature does not verify');
  return jsonIntake(delivery);
};

let out: string;
let server: TriageServer | undefined;
let runs: Alert[];
let logs: Record<string, unknown>[];

beforeEach(async () => {
  out = await mkdtemp(join(tmpdir(), 'triagekit-serve-'));
  runs = [];
  logs = [];
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(out, { recursive: true, force: true });
});

async function start(overrides: Partial<Parameters<typeof startTriageServer>[0]> = {}) {
  server = await startTriageServer({
    port: 0,
    outDirectory: out,
    pipelineOptions: {
      onEvent: (event: TriageLifecycleEvent) => {
        if (event.type === 'run-started') runs.push(event.alert);
      },
    },
    intakes: { alertmanager: jsonIntake, pagerduty: signedIntake, generic: jsonIntake },
    bearerTokens: ['token-1', 'token-2'],
    logger: (level, msg, fields) => logs.push({ level, msg, ...fields }),
    ...overrides,
  });
  return server;
}

function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = { authorization: 'Bearer token-1' },
) {
  return fetch(`${server?.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const alert = (title: string, service = 'payments') => ({
  title,
  startsAt: '2026-03-04T10:00:00Z',
  labels: { service },
});

describe('startTriageServer', () => {
  it('records the alert before answering 202, triages it and writes the report files', async () => {
    await start();
    const response = await post('/alerts', alert('Payments down'));
    expect(response.status).toBe(202);
    const answer = (await response.json()) as { accepted: { delivery: string }[] };
    expect(answer.accepted).toHaveLength(1);
    await server?.idle();
    const reports = await readdir(join(out, 'reports'));
    expect(reports).toHaveLength(1);
    expect((await readdir(join(out, 'reports', reports[0] ?? ''))).sort()).toEqual([
      'report.html',
      'report.json',
      'report.md',
    ]);
    const report = JSON.parse(await readFile(join(out, 'reports', reports[0] ?? '', 'report.json'), 'utf8'));
    expect(report.alert.title).toBe('Payments down');
    // The incident timeline has the alert and the report, for `note` and `postmortem`.
    const [timelineFile] = await readdir(join(out, 'incidents'));
    const timeline = (await readFile(join(out, 'incidents', timelineFile ?? ''), 'utf8')).trim().split('\n');
    expect(timeline.map((line) => JSON.parse(line).kind)).toEqual(['alert', 'triage-report']);
    // Done: the inbox is empty again.
    expect(await readdir(join(out, 'inbox'))).toEqual([]);
    expect(logs.some((line) => line.msg === 'report written')).toBe(true);
  });

  it('answers health and readiness', async () => {
    await start();
    expect((await fetch(`${server?.url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${server?.url}/readyz`)).json()).toMatchObject({ status: 'ready' });
    expect((await fetch(`${server?.url}/nope`)).status).toBe(404);
  });

  it('triages repeated deliveries of the same alert once', async () => {
    await start();
    expect((await post('/alerts', alert('Disk full'))).status).toBe(202);
    const again = await post('/alerts', alert('Disk full'));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { duplicates: string[] }).duplicates).toHaveLength(1);
    await server?.idle();
    expect(runs.map((run) => run.title)).toEqual(['Disk full']);
  });

  it('rejects a bad token with 401, a bad payload with 400 naming the field, a big body with 413', async () => {
    await start({ maxBodyBytes: 2048 });
    expect((await post('/alerts', alert('x'), {})).status).toBe(401);
    expect((await post('/alerts', alert('x'), { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await post('/alerts', alert('rotated'), { authorization: 'Bearer token-2' })).status).toBe(202);
    const invalid = await post('/alerts', { startsAt: '2026-03-04T10:00:00Z' });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: string }).error).toContain('title');
    expect((await post('/alerts', 'not json')).status).toBe(400);
    expect(
      (await post('/alerts', { ...alert('big'), annotations: { description: 'x'.repeat(5000) } })).status,
    ).toBe(413);
    expect((await post('/alerts/pagerduty', alert('signed?'), { 'x-signature': 'bad' })).status).toBe(401);
    expect((await post('/alerts/pagerduty', alert('signed'), { 'x-signature': 'good' })).status).toBe(202);
    await server?.idle();
    expect(runs.map((run) => run.title).sort()).toEqual(['rotated', 'signed']);
  });

  it('answers 503 without recording anything when the queue is full', async () => {
    let release: () => void = () => {};
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    await start({
      concurrency: 1,
      queueCapacity: 2,
      pipelineOptions: {
        collectors: [
          {
            specificationVersion: 'v1',
            collectorId: 'slow',
            async doCollect() {
              await blocked;
              return { evidence: [] };
            },
          },
        ],
      },
    });
    expect((await post('/alerts', alert('a'))).status).toBe(202);
    expect((await post('/alerts', alert('b'))).status).toBe(202);
    const full = await post('/alerts', alert('c'));
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).toBe('30');
    expect((await readdir(join(out, 'inbox'))).length).toBe(2);
    release();
    await server?.idle();
    // Refused alerts were not claimed: the sender's retry is accepted.
    expect((await post('/alerts', alert('c'))).status).toBe(202);
  });

  it('hands back unfinished work on shutdown and triages it on the next start', async () => {
    await start({
      concurrency: 1,
      shutdownGraceMs: 50,
      pipelineOptions: {
        collectors: [
          {
            specificationVersion: 'v1',
            collectorId: 'stuck',
            doCollect: ({ abortSignal }) =>
              new Promise((_resolve, reject) =>
                abortSignal.addEventListener('abort', () => reject(abortSignal.reason)),
              ),
          },
        ],
        collectorTimeoutMs: 600_000,
      },
    });
    for (const title of ['first', 'second', 'third'])
      expect((await post('/alerts', alert(title))).status).toBe(202);
    const { handedBack } = (await server?.close()) ?? { handedBack: -1 };
    server = undefined;
    expect(handedBack).toBe(3);
    expect((await readdir(join(out, 'inbox'))).length).toBe(3);

    const restarted = await start();
    await restarted.idle();
    expect(runs.map((run) => run.title)).toEqual(['first', 'second', 'third']);
    expect(await readdir(join(out, 'reports'))).toHaveLength(3);
    expect(await readdir(join(out, 'inbox'))).toEqual([]);
  });

  it('keeps an unreadable inbox file aside instead of retrying it forever', async () => {
    await start();
    await server?.close();
    server = undefined;
    await mkdir(join(out, 'inbox'), { recursive: true });
    await writeFile(join(out, 'inbox', 'broken.json'), '{"half');
    const restarted = await start();
    await restarted.idle();
    expect(await readdir(join(out, 'inbox'))).toEqual(['broken.json.unreadable']);
    expect(logs.some((line) => line.msg === 'unreadable inbox file moved aside')).toBe(true);
  });

  it('under 100 concurrent deliveries with duplicates, triages each distinct alert exactly once and loses none', async () => {
    await start({ concurrency: 4, queueCapacity: 200 });
    const distinct = Array.from({ length: 40 }, (_unused, index) =>
      alert(`Alert ${index}`, `service-${index % 7}`),
    );
    const deliveries = Array.from({ length: 100 }, (_unused, index) => distinct[index % distinct.length]);
    const before = process.memoryUsage().heapUsed;
    const answers = await Promise.all(deliveries.map((body) => post('/alerts', body)));
    expect(answers.every((answer) => answer.status === 202 || answer.status === 200)).toBe(true);
    expect(answers.filter((answer) => answer.status === 202)).toHaveLength(40);
    await server?.idle();
    const titles = runs.map((run) => run.title).sort();
    expect(titles).toEqual(distinct.map((item) => item.title).sort());
    expect(await readdir(join(out, 'reports'))).toHaveLength(40);
    expect(await readdir(join(out, 'inbox'))).toEqual([]);
    // Bounded: the queue never held more than its capacity, and nothing is retained per delivery.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });
});
