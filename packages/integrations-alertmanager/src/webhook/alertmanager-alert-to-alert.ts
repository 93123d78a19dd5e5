import { type Alert, InvalidInputError, normalizeAlert } from '@triagekit/core';
import { fingerprintAlert } from '../fingerprint/fingerprint-alert.js';
import { httpUrl } from '../internal/http-url.js';
import { alertTitle } from './alert-title.js';
import type { AlertmanagerAlertPayload } from './alertmanager-webhook-schema.js';

/** Go's zero time, which Alertmanager sends as `endsAt` while an alert has no known end. */
function isZeroTime(timestamp: string): boolean {
  return timestamp.startsWith('0001-01-01T00:00:00');
}

/** How one Alertmanager alert becomes a core alert. */
export interface AlertConversion {
  readonly alert: Alert;
  /** Set when `generatorURL` was present but not an http(s) URL, and so was left out. */
  readonly droppedUrl: boolean;
}

/**
 * Converts one validated Alertmanager alert into a normalised core alert: Alertmanager's fingerprint (else
 * {@link fingerprintAlert} of the labels) as fingerprint and id, the title from `alertname` and the summary,
 * the severity from the `severity` label, the `generatorURL` as link, `endsAt` only once resolved.
 * @param path - where the alert sits in the payload (`alerts.3`), to prefix error paths with.
 * @throws InvalidInputError when core rejects the result, naming fields under `path`.
 */
export function alertmanagerAlertToAlert(
  payload: AlertmanagerAlertPayload,
  options: { readonly path: string; readonly serviceLabel: string | undefined },
): AlertConversion {
  const labels = { ...payload.labels };
  const serviceValue = options.serviceLabel === undefined ? undefined : labels[options.serviceLabel];
  if (labels.service === undefined && serviceValue) labels.service = serviceValue;
  const fingerprint = payload.fingerprint.trim() || fingerprintAlert(payload.labels);
  const url = httpUrl(payload.generatorURL);
  const endsAt =
    payload.status === 'resolved' && payload.endsAt !== undefined && !isZeroTime(payload.endsAt)
      ? payload.endsAt
      : undefined;
  try {
    const alert = normalizeAlert({
      title: alertTitle(payload.labels, payload.annotations, fingerprint),
      severity: labels.severity,
      source: 'alertmanager',
      labels,
      annotations: payload.annotations,
      startsAt: payload.startsAt,
      ...(endsAt === undefined ? {} : { endsAt }),
      fingerprint,
      ...(url === undefined ? {} : { url }),
    });
    return { alert, droppedUrl: url === undefined && payload.generatorURL.trim() !== '' };
  } catch (error) {
    if (!InvalidInputError.isInstance(error)) throw error;
    throw new InvalidInputError({
      source: 'Alertmanager webhook',
      issues: error.issues.map((issue) => ({ ...issue, path: `${options.path}.${issue.path}` })),
      cause: error,
    });
  }
}
