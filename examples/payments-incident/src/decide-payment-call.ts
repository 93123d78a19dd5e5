import type { Random } from './create-random.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';

/** How a call into payments ended, as payments itself saw it. */
export type PaymentCallOutcome =
  /** Charged; possibly slowly. */
  | 'accepted'
  /** Waited 30 s for a pooled connection and gave up (`SQLTransientConnectionException`). */
  | 'pool-timeout'
  /** Never reached payments: every pod was failing readiness, so the Service had no endpoints. */
  | 'no-endpoints';

/** When and how a call into payments completes. */
export interface PaymentCallDecision {
  readonly outcome: PaymentCallOutcome;
  /** Milliseconds payments spent on it, whatever the caller's own deadline was. */
  readonly latencyMs: number;
}

const HIKARI_CONNECTION_TIMEOUT_MS = 30_000;

/**
 * The share of calls that time out waiting for a connection: none until callers start noticing, then
 * climbing towards the alert and staying high, as the queue in front of five connections never drains.
 */
function poolTimeoutShare(timeMs: number): number {
  const { callerTimeouts, alertStart } = SCENARIO_TIMELINE;
  if (timeMs < callerTimeouts) return 0;
  return Math.min(0.85, 0.35 + (0.5 * (timeMs - callerTimeouts)) / (alertStart - callerTimeouts));
}

/**
 * Decides the fate of a call that reaches payments at `timeMs`. Before the pool shrinks calls take tens
 * of milliseconds; right after it they queue for a couple of seconds; later most wait out the 30 s
 * Hikari timeout, and towards the alert some find no ready pod at all.
 */
export function decidePaymentCall(random: Random, timeMs: number): PaymentCallDecision {
  const { poolExhausted, callerTimeouts, alertStart } = SCENARIO_TIMELINE;
  if (timeMs < poolExhausted) {
    // Long-tailed but fast: most charges take 25-60 ms, a few wait on the card network.
    const latencyMs = random.chance(0.04) ? random.integer(120, 480) : random.integer(24, 64);
    return { outcome: 'accepted', latencyMs };
  }
  if (timeMs < callerTimeouts) return { outcome: 'accepted', latencyMs: random.integer(1_400, 2_900) };
  if (timeMs > alertStart - 12 * 60_000 && random.chance(0.12))
    return { outcome: 'no-endpoints', latencyMs: 1 };
  if (random.chance(poolTimeoutShare(timeMs))) {
    return { outcome: 'pool-timeout', latencyMs: HIKARI_CONNECTION_TIMEOUT_MS + random.integer(3, 1_300) };
  }
  return { outcome: 'accepted', latencyMs: random.integer(1_200, 4_600) };
}
