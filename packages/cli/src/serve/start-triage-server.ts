import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { InvalidInputError } from '@triagekit/core';
import { Hono } from 'hono';
import { type AlertIntake, IntakeAuthenticationError } from './alert-intake.js';
import { checkBearerToken } from './check-bearer-token.js';
import { DeduplicationWindow } from './deduplication-window.js';
import { DurableInbox, type InboxEntry } from './durable-inbox.js';
import { readBodyWithLimit } from './read-body-with-limit.js';
import { runTriageJob } from './triage-job.js';
import type { TriageServerOptions } from './triage-server-options.js';
import { WorkQueue } from './work-queue.js';

/** A running `triagekit serve`. */
export interface TriageServer {
  /** e.g. `http://127.0.0.1:8080` */
  readonly url: string;
  /** Resolves when nothing is queued or running (for tests and scripts). */
  idle(): Promise<void>;
  /**
   * Stops accepting, waits up to `shutdownGraceMs` for running triage, then aborts what is left. Alerts
   * not triaged stay in the inbox and are triaged on the next start. Returns how many were handed back.
   */
  close(): Promise<{ handedBack: number }>;
}

/**
 * Starts the webhook server: `POST /alerts/alertmanager`, `POST /alerts/pagerduty`, `POST /alerts`,
 * `GET /healthz`, `GET /readyz`. An alert is recorded in the durable inbox before the 202 answer; repeated
 * deliveries of the same alert within the deduplication window are answered 200 and not triaged again;
 * a bounded queue runs triage with limited concurrency; bad auth → 401, bad payload → 400 naming the
 * field, too large → 413, queue full or shutting down → 503 with Retry-After (nothing recorded).
 */
export async function startTriageServer(options: TriageServerOptions): Promise<TriageServer> {
  const log = options.logger;
  const inbox = new DurableInbox(options.outDirectory);
  const deduplication = new DeduplicationWindow({ windowMs: options.deduplicationWindowMs ?? 300_000 });
  const shutdown = new AbortController();
  let accepting = true;
  const queue = new WorkQueue<InboxEntry>({
    concurrency: options.concurrency ?? 2,
    capacity: options.queueCapacity ?? 100,
    run: async (entry) => {
      if (shutdown.signal.aborted) return;
      const started = Date.now();
      try {
        const result = await runTriageJob({
          entry,
          outDirectory: options.outDirectory,
          pipelineOptions: options.pipelineOptions,
          abortSignal: shutdown.signal,
        });
        await inbox.remove(entry);
        log('info', 'report written', {
          delivery: entry.id,
          alert: entry.alert.title,
          fingerprint: entry.alert.fingerprint,
          report: result.reportId,
          directory: result.directory,
          degradedSources: result.degraded,
          durationMs: Date.now() - started,
        });
      } catch (error) {
        if (shutdown.signal.aborted) {
          log('warn', 'triage interrupted by shutdown; kept in the inbox for the next start', {
            delivery: entry.id,
          });
          return;
        }
        // A report could not be produced at all (e.g. the disk is full): keep the alert for a human.
        log('error', 'triage failed; the alert stays in the inbox', {
          delivery: entry.id,
          alert: entry.alert.title,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    },
  });

  const leftovers = await inbox.leftovers();
  for (const name of leftovers.unreadable)
    log('error', 'unreadable inbox file moved aside', { file: `${name}.unreadable` });
  for (const entry of leftovers.entries) {
    deduplication.isDuplicate(entry.alert.fingerprint);
    queue.force(entry);
  }
  if (leftovers.entries.length > 0)
    log('info', 'resuming alerts accepted before the last stop', { count: leftovers.entries.length });

  const app = new Hono();
  app.get('/healthz', (context) => context.json({ status: 'ok' }));
  app.get('/readyz', (context) =>
    accepting && queue.hasRoom()
      ? context.json({ status: 'ready', queued: queue.size })
      : context.json({ status: accepting ? 'queue full' : 'shutting down', queued: queue.size }, 503),
  );

  const accept =
    (source: string, intake: AlertIntake, needsToken: boolean) => async (context: import('hono').Context) => {
      if (!accepting)
        return context.json({ error: 'shutting down; deliver again later' }, 503, { 'retry-after': '30' });
      if (needsToken && !checkBearerToken(context.req.header('authorization'), options.bearerTokens ?? [])) {
        log('warn', 'rejected: missing or wrong bearer token', { source });
        return context.json({ error: 'missing or wrong bearer token (Authorization: Bearer <token>)' }, 401);
      }
      const body = await readBodyWithLimit(context.req.raw, options.maxBodyBytes ?? 1_048_576);
      if (body === 'too-large') {
        log('warn', 'rejected: body too large', { source, limitBytes: options.maxBodyBytes ?? 1_048_576 });
        return context.json(
          { error: `request body larger than ${options.maxBodyBytes ?? 1_048_576} bytes` },
          413,
        );
      }
      let parsed: ReturnType<AlertIntake>;
      try {
        parsed = intake({ body, headers: context.req.raw.headers });
      } catch (error) {
        if (error instanceof IntakeAuthenticationError) {
          log('warn', 'rejected: signature did not verify', { source, reason: error.message });
          return context.json({ error: error.message }, 401);
        }
        if (InvalidInputError.isInstance(error)) {
          log('warn', 'rejected: invalid payload', { source, reason: error.message });
          return context.json({ error: error.message, issues: error.issues }, 400);
        }
        throw error;
      }
      if (parsed.alerts.length === 0)
        return context.json(
          { accepted: [], duplicates: [], ignored: parsed.ignored ?? 'no firing alert' },
          200,
        );
      const fresh = parsed.alerts.filter((alert) => !deduplication.isDuplicate(alert.fingerprint));
      const duplicates = parsed.alerts
        .filter((alert) => !fresh.includes(alert))
        .map((alert) => alert.fingerprint);
      if (queue.size + fresh.length > (options.queueCapacity ?? 100)) {
        for (const alert of fresh) deduplication.release(alert.fingerprint);
        log('warn', 'rejected: queue full', { source, queued: queue.size });
        return context.json({ error: 'triage queue is full; deliver again later' }, 503, {
          'retry-after': '30',
        });
      }
      const accepted: { delivery: string; fingerprint: string }[] = [];
      try {
        for (const alert of fresh) {
          const entry = await inbox.record(source, alert);
          accepted.push({ delivery: entry.id, fingerprint: alert.fingerprint });
          queue.force(entry);
        }
      } catch (error) {
        for (const alert of fresh.slice(accepted.length)) deduplication.release(alert.fingerprint);
        log('error', 'could not record an alert; the sender should retry', {
          source,
          error: (error as Error).message,
        });
        return context.json({ error: 'could not record the alert; deliver again', accepted }, 503, {
          'retry-after': '10',
        });
      }
      log('info', 'accepted', { source, accepted: accepted.length, duplicates: duplicates.length });
      return context.json({ accepted, duplicates }, accepted.length > 0 ? 202 : 200);
    };
  app.post('/alerts/alertmanager', accept('alertmanager', options.intakes.alertmanager, true));
  app.post('/alerts/pagerduty', accept('pagerduty', options.intakes.pagerduty, false));
  app.post('/alerts', accept('generic', options.intakes.generic, true));
  app.notFound((context) =>
    context.json({ error: `no such endpoint: ${context.req.method} ${context.req.path}` }, 404),
  );
  app.onError((error, context) => {
    log('error', 'unexpected error', { error: error.message });
    return context.json({ error: 'internal error' }, 500);
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host ?? '127.0.0.1' },
      () => resolve(started),
    );
    started.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;
  log('info', 'listening', {
    url,
    outDirectory: options.outDirectory,
    concurrency: options.concurrency ?? 2,
  });

  return {
    url,
    idle: () => queue.idle(),
    async close() {
      accepting = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const waiting = queue.drainWaiting();
      const graceMs = options.shutdownGraceMs ?? 30_000;
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        queue.idle().then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(timer);
      const interrupted = finished ? 0 : queue.size;
      shutdown.abort(new Error('triagekit serve is shutting down'));
      await queue.idle();
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      const handedBack = waiting.length + interrupted;
      log('info', 'stopped', { handedBack });
      return { handedBack };
    },
  };
}
