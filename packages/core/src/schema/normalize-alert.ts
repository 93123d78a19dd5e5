import { stableHash } from '../internal/stable-hash.js';
import type { Alert, AlertInput } from './alert.js';
import { alertInputSchema } from './alert.js';
import { normalizeSeverity, SEVERITIES, type Severity } from './severity.js';
import { toUtcTimestamp } from './timestamp.js';
import { parseOrThrow } from './validate.js';

/** Labels that identify an alert (as opposed to describing its current value). */
const IDENTIFYING_LABELS = [
  'alertname',
  'service',
  'app',
  'job',
  'namespace',
  'cluster',
  'instance',
  'severity',
];

/**
 * Validates an alert and fills in what can be derived: severity spelling, UTC timestamps, fingerprint
 * and id. Throws `InvalidInputError` naming each offending field.
 *
 * @param source - where the alert came from, used in error messages (default `alert`).
 */
export function normalizeAlert(input: AlertInput | unknown, source = 'alert'): Alert {
  const parsed = parseOrThrow(alertInputSchema, input, source, {
    hint: 'An alert needs at least `title` (text) and `startsAt` (ISO 8601 date-time with offset, e.g. 2026-03-04T10:15:00Z).',
  });
  const labels = parsed.labels ?? {};
  const severity: Severity = (SEVERITIES as readonly string[]).includes(parsed.severity ?? '')
    ? (parsed.severity as Severity)
    : normalizeSeverity(parsed.severity ?? labels.severity);
  const alertSource = parsed.source ?? 'manual';
  const identifying = IDENTIFYING_LABELS.filter((key) => labels[key] !== undefined).map((key) => [
    key,
    labels[key],
  ]);
  const fingerprint = parsed.fingerprint ?? stableHash([alertSource, parsed.title, identifying]);
  return {
    id: parsed.id ?? fingerprint,
    title: parsed.title,
    severity,
    source: alertSource,
    labels,
    annotations: parsed.annotations ?? {},
    startsAt: toUtcTimestamp(parsed.startsAt),
    ...(parsed.endsAt === undefined ? {} : { endsAt: toUtcTimestamp(parsed.endsAt) }),
    fingerprint,
    ...(parsed.url === undefined ? {} : { url: parsed.url }),
  };
}
