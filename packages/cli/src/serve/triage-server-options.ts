import type { TriagePipelineOptions } from '@triagekit/core';
import type { AlertIntake } from './alert-intake.js';
import type { StructuredLogger } from './structured-logger.js';

/** Options of {@link startTriageServer}. */
export interface TriageServerOptions {
  /** Interface to listen on. Default `127.0.0.1` (loopback only). */
  readonly host?: string;
  /** Port; 0 picks a free one. */
  readonly port: number;
  /** Where the inbox and the reports go: `<out>/inbox/`, `<out>/reports/<alert>/report.{json,md,html}`. */
  readonly outDirectory: string;
  /** Collectors, sinks, knowledge base, budgets: the same options `triagekit run` builds from its config. */
  readonly pipelineOptions: TriagePipelineOptions;
  /** The endpoints' parsers: `alertmanager` → `/alerts/alertmanager`, `pagerduty`, `generic` → `/alerts`. */
  readonly intakes: {
    readonly alertmanager: AlertIntake;
    readonly pagerduty: AlertIntake;
    readonly generic: AlertIntake;
  };
  /**
   * Bearer tokens accepted on `/alerts/alertmanager` and `/alerts` (any one matches; several allow
   * rotation). Empty: those endpoints accept unauthenticated requests (only sensible on loopback).
   */
  readonly bearerTokens?: readonly string[];
  /** Largest request body, in bytes; larger requests get 413. Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** Repeated deliveries of an alert (same fingerprint) within this many ms are not triaged again. Default 5 min. */
  readonly deduplicationWindowMs?: number;
  /** Triage runs at once. Default 2. */
  readonly concurrency?: number;
  /** Alerts accepted but not yet triaged, at most; past it the endpoints answer 503. Default 100. */
  readonly queueCapacity?: number;
  /** How long shutdown waits for running triage before aborting it (it is then resumed on the next start). Default 30 s. */
  readonly shutdownGraceMs?: number;
  readonly logger: StructuredLogger;
}
