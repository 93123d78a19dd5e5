import {
  type Alert,
  type InputIssue,
  InvalidInputError,
  parseOrThrow,
  type RequestBody,
  readJsonBody,
} from '@triagekit/core';
import { httpUrl } from '../internal/http-url.js';
import { alertmanagerAlertToAlert } from './alertmanager-alert-to-alert.js';
import {
  type AlertmanagerWebhook,
  DEFAULT_ALERTMANAGER_MAX_BODY_BYTES,
  type ParseAlertmanagerWebhookOptions,
} from './alertmanager-webhook.js';
import { alertmanagerWebhookSchema } from './alertmanager-webhook-schema.js';

const SOURCE = 'Alertmanager webhook';
const HINT =
  'Expected the JSON body Alertmanager posts to a webhook_configs receiver (payload version "4"): ' +
  '{version, groupKey, status, receiver, alerts: [{status, labels, startsAt, ...}], ...}.';

function checkOptions(options: ParseAlertmanagerWebhookOptions): void {
  const issues: InputIssue[] = [];
  const { resolved, serviceLabel, maxBodyBytes } = options;
  if (resolved !== undefined && resolved !== 'report' && resolved !== 'skip') {
    issues.push({ path: 'resolved', message: `must be 'report' or 'skip', got ${JSON.stringify(resolved)}` });
  }
  if (serviceLabel !== undefined && (typeof serviceLabel !== 'string' || serviceLabel.trim() === '')) {
    issues.push({ path: 'serviceLabel', message: 'must be a non-empty label name' });
  }
  if (maxBodyBytes !== undefined && !(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    issues.push({ path: 'maxBodyBytes', message: `must be a positive integer, got ${String(maxBodyBytes)}` });
  }
  if (issues.length > 0) throw new InvalidInputError({ source: 'parseAlertmanagerWebhook options', issues });
}

/**
 * Validates the body of an Alertmanager webhook notification and normalises each of its alerts into a core
 * `Alert` (source `alertmanager`): firing ones in `alerts`, resolved ones in `resolved` (or dropped with
 * `resolved: 'skip'`). Pure: no I/O, no clock. Verify the sender first (see `verifyBearerToken`).
 *
 * @param body - the raw body (string, `Buffer`, `Uint8Array`), or JSON a framework already parsed.
 * @throws InvalidInputError naming every offending field by its path (e.g. `alerts.0.startsAt`), when the
 * body is not JSON, too large, or not a version 4 payload; and for invalid options.
 */
export function parseAlertmanagerWebhook(
  body: RequestBody,
  options: ParseAlertmanagerWebhookOptions = {},
): AlertmanagerWebhook {
  checkOptions(options);
  const json = readJsonBody(body, {
    source: SOURCE,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_ALERTMANAGER_MAX_BODY_BYTES,
    hint: HINT,
  });
  const payload = parseOrThrow(alertmanagerWebhookSchema, json, SOURCE, { hint: HINT });
  const warnings: string[] = [];
  const alerts: Alert[] = [];
  const resolved: Alert[] = [];
  payload.alerts.forEach((item, index) => {
    if (item.status === 'resolved' && options.resolved === 'skip') return;
    const { alert, droppedUrl } = alertmanagerAlertToAlert(item, {
      path: `alerts.${index}`,
      serviceLabel: options.serviceLabel,
    });
    if (droppedUrl) {
      warnings.push(
        `alerts.${index}.generatorURL ${JSON.stringify(item.generatorURL.slice(0, 120))} is not an http(s) URL; the alert has no link.`,
      );
    }
    (item.status === 'firing' ? alerts : resolved).push(alert);
  });
  if (payload.truncatedAlerts > 0) {
    warnings.push(
      `Alertmanager left ${payload.truncatedAlerts} alert(s) of group ${payload.groupKey} out of this notification ` +
        `(max_alerts of receiver "${payload.receiver}"); raise max_alerts to triage all of them.`,
    );
  }
  return {
    alerts,
    resolved,
    groupKey: payload.groupKey,
    receiver: payload.receiver,
    status: payload.status,
    groupLabels: payload.groupLabels,
    externalUrl: httpUrl(payload.externalURL) ?? null,
    truncatedAlerts: payload.truncatedAlerts,
    warnings,
  };
}
