import { z } from 'zod';

const labelSetSchema = z.record(z.string(), z.string());
const timestampSchema = z.iso.datetime({ offset: true });
const statusSchema = z.enum(['firing', 'resolved']);

/**
 * One alert of an Alertmanager webhook. Alertmanager always sends every field; only `status`, `labels` and
 * `startsAt` are required here, so that tools imitating it (and hand-written tests) need not, but a field
 * that is present must have the right type.
 */
export const alertmanagerAlertSchema = z.object({
  status: statusSchema,
  labels: labelSetSchema,
  annotations: labelSetSchema.default({}),
  startsAt: timestampSchema,
  /** `0001-01-01T00:00:00Z` (Go's zero time) while the alert has no known end. */
  endsAt: timestampSchema.optional(),
  /** Link to the rule's expression in Prometheus; empty for alerts posted by other clients. */
  generatorURL: z.string().default(''),
  /** Alertmanager's hash of the label set (16 hex characters). */
  fingerprint: z.string().max(256).default(''),
});

/** The JSON body of an Alertmanager webhook notification, payload version 4 (Alertmanager 0.x). */
export const alertmanagerWebhookSchema = z.object({
  version: z.literal('4', { error: 'must be "4" (the only Alertmanager webhook payload version)' }),
  groupKey: z.string(),
  /** Alerts left out because the receiver's `max_alerts` was reached. */
  truncatedAlerts: z.number().int().nonnegative().default(0),
  status: statusSchema,
  receiver: z.string(),
  groupLabels: labelSetSchema.default({}),
  commonLabels: labelSetSchema.default({}),
  commonAnnotations: labelSetSchema.default({}),
  externalURL: z.string().default(''),
  alerts: z.array(alertmanagerAlertSchema),
});

/** One validated alert of an Alertmanager webhook. */
export type AlertmanagerAlertPayload = z.output<typeof alertmanagerAlertSchema>;

/** A validated Alertmanager webhook body. */
export type AlertmanagerWebhookPayload = z.output<typeof alertmanagerWebhookSchema>;
