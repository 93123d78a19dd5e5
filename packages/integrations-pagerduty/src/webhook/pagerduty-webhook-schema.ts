import { z } from 'zod';

const timestampSchema = z.iso.datetime({ offset: true });

/**
 * The envelope of every PagerDuty v3 webhook: one event, whose `data` depends on `event_type`. Other fields
 * (`agent`, `client`) are accepted and ignored.
 */
export const pagerDutyWebhookSchema = z.object({
  event: z.object({
    id: z.string().min(1),
    event_type: z.string().min(1),
    resource_type: z.string().min(1),
    occurred_at: timestampSchema,
    data: z.record(z.string(), z.unknown()),
  }),
});

const referenceSchema = z.object({ id: z.string().min(1), summary: z.string().default('') });

/** `event.data` of the incident events (`data.type` is `incident`). Fields not used here are ignored. */
export const pagerDutyIncidentSchema = z.object({
  id: z.string().min(1),
  type: z.literal('incident'),
  number: z.number().int().nullish(),
  title: z.string().trim().min(1, 'must not be empty'),
  status: z.string().min(1),
  urgency: z.string().nullish(),
  html_url: z.string().nullish(),
  created_at: timestampSchema.nullish(),
  incident_key: z.string().nullish(),
  service: referenceSchema,
  priority: z.object({ summary: z.string() }).nullish(),
  escalation_policy: referenceSchema.nullish(),
});

/** A validated webhook envelope. */
export type PagerDutyWebhookPayload = z.output<typeof pagerDutyWebhookSchema>;

/** A validated incident, as a v3 webhook carries it. */
export type PagerDutyIncidentPayload = z.output<typeof pagerDutyIncidentSchema>;
