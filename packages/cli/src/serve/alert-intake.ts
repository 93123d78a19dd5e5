import type { Alert } from '@triagekit/core';

/** What an intake made of one delivery. */
export interface AlertIntakeResult {
  /** Alerts to triage (normalised, with fingerprints). */
  readonly alerts: readonly Alert[];
  /** Why nothing is triaged although the delivery was valid, e.g. `incident.resolved event`. */
  readonly ignored?: string;
}

/**
 * Turns one webhook delivery (raw body bytes and headers) into alerts. Throws `InvalidInputError` for a
 * bad payload (answered 400, naming the field) and {@link IntakeAuthenticationError} for a missing or
 * bad signature (answered 401).
 */
export type AlertIntake = (delivery: {
  readonly body: Buffer;
  readonly headers: Headers;
}) => AlertIntakeResult;

/** A delivery whose signature or token did not verify. */
export class IntakeAuthenticationError extends Error {
  override readonly name = 'IntakeAuthenticationError';
}
