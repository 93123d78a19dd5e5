import { STORY_MINUTES, timeFromAlert } from './payments-incident-story.js';

/** The payments pod crash-looping after the rollout (its previous container's logs are read too). */
export const CRASHING_POD = 'payments-5f7d8c9b6-k7xzp';
/** The payments pod still running, logging errors. */
export const RUNNING_POD = 'payments-5f7d8c9b6-m2qtw';

/** A container log as the kubelet returns it with `timestamps=true`. */
function log(lines: readonly (readonly [minutes: number, seconds: number, text: string])[]): string {
  return lines
    .map(
      ([minutes, seconds, text]) => `${timeFromAlert(minutes, seconds).replace('Z', '.000000000Z')} ${text}`,
    )
    .join('\n')
    .concat('\n');
}

const poolExhausted = (order: number) =>
  `ERROR charge failed: connection pool exhausted (size 5, waited 5000 ms) order=${order}`;

/**
 * The payments containers' logs by `<pod>/<current|previous>`: the running pod's first "connection pool
 * exhausted" line is the onset; the crash-looping pod's previous container died of it.
 */
export const PAYMENTS_POD_LOGS: Readonly<Record<string, string>> = {
  [`${RUNNING_POD}/current`]: log([
    [-19, -35, 'INFO payments 1.42.0 listening on :8080'],
    [-19, 0, 'INFO charge ok order=4101 in 42 ms'],
    [-15, 0, 'INFO charge ok order=4188 in 47 ms'],
    [STORY_MINUTES.firstPaymentsError, 0, poolExhausted(4203)],
    [-11, -20, poolExhausted(4219)],
    [-9, -45, poolExhausted(4240)],
    [-6, -10, poolExhausted(4262)],
    [-2, -30, poolExhausted(4297)],
  ]),
  [`${CRASHING_POD}/previous`]: log([
    [-4, 0, 'INFO payments 1.42.0 listening on :8080'],
    [-4, 20, poolExhausted(4301)],
    [-4, 40, poolExhausted(4310)],
    [-3, -5, 'FATAL health check failed 3 times: database connection pool exhausted, exiting'],
  ]),
  [`${CRASHING_POD}/current`]: log([
    [-1, 10, 'INFO payments 1.42.0 listening on :8080'],
    [-1, 30, poolExhausted(4322)],
    [1, 0, poolExhausted(4330)],
  ]),
};
