import type { Alert } from '@triagekit/core';

/** Default of `maxBodyBytes` for Alertmanager webhooks: 4 MiB, room for a few thousand alerts. */
export const DEFAULT_ALERTMANAGER_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Options of `parseAlertmanagerWebhook`. */
export interface ParseAlertmanagerWebhookOptions {
  /**
   * What to do with alerts whose status is `resolved` (sent when the receiver has `send_resolved: true`):
   * `'report'` lists them in `resolved`, `'skip'` drops them. Firing alerts are never dropped. Default
   * `'report'`.
   */
  readonly resolved?: 'report' | 'skip';
  /**
   * A label that names the service in your alerts, copied to `labels.service` when an alert has no
   * `service` label of its own. Without it, triagekit takes the service from the first of `service`,
   * `app`, `app_kubernetes_io_name`, `application`, `deployment`, `container`, `job` (core's
   * `SERVICE_LABELS`). Default none.
   */
  readonly serviceLabel?: string;
  /** Largest accepted body in bytes. Default {@link DEFAULT_ALERTMANAGER_MAX_BODY_BYTES} (4 MiB). */
  readonly maxBodyBytes?: number;
}

/** A validated Alertmanager notification: one normalised alert per alert of the group, and the group. */
export interface AlertmanagerWebhook {
  /** The group's firing alerts, in payload order: triage these. */
  readonly alerts: Alert[];
  /** The group's resolved alerts (with `endsAt`), in payload order; empty with `resolved: 'skip'`. */
  readonly resolved: Alert[];
  /** Alertmanager's key of the notification group, stable while the group lives. */
  readonly groupKey: string;
  /** The Alertmanager receiver that sent it. */
  readonly receiver: string;
  /** `firing` when at least one alert of the group fires. */
  readonly status: 'firing' | 'resolved';
  /** The labels the route groups by, e.g. `{ alertname: 'HighLatency' }`. */
  readonly groupLabels: Readonly<Record<string, string>>;
  /** Alertmanager's own URL (its `--web.external-url`), or `null` when absent or not http(s). */
  readonly externalUrl: string | null;
  /** Alerts of the group that Alertmanager left out (the receiver's `max_alerts`). */
  readonly truncatedAlerts: number;
  /** What was usable but degraded, for humans: left-out alerts, links that were not http(s). */
  readonly warnings: string[];
}
