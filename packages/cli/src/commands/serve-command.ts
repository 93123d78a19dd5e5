import { resolve } from 'node:path';
import { InvalidInputError } from '@triagekit/core';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { loadCliConfig } from '../config/load-cli-config.js';
import { createDefaultIntakes } from '../serve/default-intakes.js';
import { startTriageServer } from '../serve/start-triage-server.js';
import { createStructuredLogger } from '../serve/structured-logger.js';

interface ServeFlags {
  readonly port: string;
  readonly out: string;
  readonly host: string;
  readonly config?: string;
  readonly token: string[];
  readonly pagerdutySecret: string[];
  readonly maxBodyBytes: string;
  readonly dedupWindow: string;
  readonly concurrency: string;
  readonly queueSize: string;
  readonly shutdownGrace: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInteger(name: string, value: string, allowZero = false): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < (allowZero ? 0 : 1)) {
    throw new InvalidInputError({
      source: 'command line',
      issues: [
        {
          path: name,
          message: `must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${value}"`,
        },
      ],
    });
  }
  return number;
}

function fromEnvironment(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Registers `triagekit serve --port N --out DIR`. */
export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description(
      'Receive alerts over HTTP (Alertmanager, PagerDuty v3, generic JSON), triage each once, write reports under --out and deliver them to the configured sinks.',
    )
    .requiredOption('--port <n>', 'port to listen on (0 picks a free one)')
    .requiredOption(
      '--out <dir>',
      'directory for the inbox of accepted alerts and the reports (<dir>/reports/<alert>/)',
    )
    .option(
      '--host <address>',
      'interface to listen on; use 0.0.0.0 to accept from other machines',
      '127.0.0.1',
    )
    .option(
      '--config <file>',
      'config file (JSON), as for `triagekit run`: collectors, sinks, knowledge base, limits',
    )
    .option(
      '--token <token>',
      'bearer token required on /alerts/alertmanager and /alerts (repeat to rotate; env TRIAGEKIT_SERVE_TOKENS, comma-separated)',
      collect,
      [],
    )
    .option(
      '--pagerduty-secret <secret>',
      'PagerDuty v3 webhook signing secret (repeat to rotate; env TRIAGEKIT_PAGERDUTY_SECRETS); /alerts/pagerduty refuses deliveries without a valid signature',
      collect,
      [],
    )
    .option('--max-body-bytes <n>', 'largest request body; larger ones get 413', '1048576')
    .option(
      '--dedup-window <seconds>',
      'repeated deliveries of the same alert (fingerprint) within this time are triaged once',
      '300',
    )
    .option('--concurrency <n>', 'triage runs at once', '2')
    .option(
      '--queue-size <n>',
      'accepted alerts waiting for triage, at most; past it the endpoints answer 503',
      '100',
    )
    .option(
      '--shutdown-grace <seconds>',
      'on SIGTERM/SIGINT, how long to let running triage finish before handing it back',
      '30',
    )
    .addHelpText(
      'after',
      `
Endpoints:
  POST /alerts/alertmanager   Alertmanager webhook (version 4); one triage per firing alert
  POST /alerts/pagerduty      PagerDuty v3 webhook; incident.triggered starts a triage (X-PagerDuty-Signature checked)
  POST /alerts                generic JSON alert: {"title", "startsAt", "severity"?, "labels"?, "annotations"?}
  GET  /healthz               liveness; GET /readyz: 503 while the queue is full or shutting down

Answers: 202 accepted (recorded in <out>/inbox before answering), 200 duplicate or nothing to triage,
400 invalid payload (the field is named), 401 bad token or signature, 413 too large, 503 busy (Retry-After).
Logs are JSON lines on stderr. Alerts accepted but not yet triaged at shutdown are triaged on the next start.

Examples:
  $ triagekit serve --port 8080 --out /var/lib/triagekit --config triagekit.json --token "$TOKEN"
  $ TRIAGEKIT_PAGERDUTY_SECRETS=secret1,secret2 triagekit serve --port 8080 --out triage`,
    )
    .action(async (flags: ServeFlags) => {
      const environment = io.environment ?? process.env;
      const pagerDutySecrets = [
        ...flags.pagerdutySecret,
        ...fromEnvironment(environment.TRIAGEKIT_PAGERDUTY_SECRETS),
      ];
      const { pipelineOptions } = await loadCliConfig(
        flags.config === undefined ? undefined : resolve(io.cwd, flags.config),
        environment,
      );
      const logger = createStructuredLogger(io.stderr);
      const server = await startTriageServer({
        host: flags.host,
        port: positiveInteger('--port', flags.port, true),
        outDirectory: resolve(io.cwd, flags.out),
        pipelineOptions,
        intakes: createDefaultIntakes({ pagerDutySecrets }),
        bearerTokens: [...flags.token, ...fromEnvironment(environment.TRIAGEKIT_SERVE_TOKENS)],
        maxBodyBytes: positiveInteger('--max-body-bytes', flags.maxBodyBytes),
        deduplicationWindowMs: positiveInteger('--dedup-window', flags.dedupWindow, true) * 1000,
        concurrency: positiveInteger('--concurrency', flags.concurrency),
        queueCapacity: positiveInteger('--queue-size', flags.queueSize),
        shutdownGraceMs: positiveInteger('--shutdown-grace', flags.shutdownGrace, true) * 1000,
        logger,
      });
      io.stdout(`triagekit serve: listening on ${server.url}\n`);
      await new Promise<void>((resolveStop) => {
        if (io.abortSignal.aborted) resolveStop();
        io.abortSignal.addEventListener('abort', () => resolveStop(), { once: true });
      });
      const { handedBack } = await server.close();
      io.stdout(
        `triagekit serve: stopped${handedBack > 0 ? `; ${handedBack} alert(s) kept in the inbox for the next start` : ''}\n`,
      );
    });
}
