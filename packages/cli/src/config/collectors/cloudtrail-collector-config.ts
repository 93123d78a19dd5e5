import { createCloudTrailCollector, HIGH_SIGNAL_EVENT_NAMES } from '@triagekit/collectors-cloudtrail';
import { z } from 'zod';
import { defineCollectorConfig } from './define-collector-config.js';

/** us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, ... */
const regionSchema = z
  .string()
  .regex(/^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/, "expected an AWS region such as 'us-east-1'");

/**
 * `{"type": "cloudtrail", "regions": ["us-east-1"]}`: AWS CloudTrail write events (LookupEvents only) in the
 * window. Credentials come from the AWS SDK's default chain (environment, `profile`, SSO, instance or task
 * role); the policy needs `cloudtrail:LookupEvents` on `Resource: "*"` and nothing else.
 */
export const cloudtrailCollectorConfig = defineCollectorConfig({
  schema: z
    .object({
      /** AWS CloudTrail management events that changed infrastructure. */
      type: z.literal('cloudtrail'),
      id: z.string().min(1).optional(),
      /** Regions to read in parallel; IAM, Route 53 and CloudFront events are recorded in us-east-1. */
      regions: z.array(regionSchema).min(1),
      /** Shared config/credentials profile; default: the SDK's chain (AWS_PROFILE, then `default`). */
      profile: z.string().min(1).optional(),
      /** Endpoint override for every region (a VPC endpoint, a local test server). */
      endpoint: z.url().optional(),
      strategy: z.enum(['auto', 'write-events', 'event-names']).optional(),
      /** High-signal event names, replacing the built-in list (exact CloudTrail spelling). */
      eventNames: z.array(z.string().min(1)).optional(),
      /** Added to `eventNames` (or to the built-in list), e.g. `["PutParameter"]`. */
      extraEventNames: z.array(z.string().min(1)).optional(),
      /** Look up by these attributes instead of `strategy` (one call each, merged). */
      lookupAttributes: z
        .array(
          z
            .object({
              key: z.enum([
                'EventId',
                'EventName',
                'ReadOnly',
                'Username',
                'ResourceType',
                'ResourceName',
                'EventSource',
                'AccessKeyId',
              ]),
              value: z.string().min(1),
            })
            .strict(),
        )
        .min(1)
        .optional(),
      /** Write events outside the high-signal list: kept as `info`, or dropped. */
      otherWriteEvents: z.enum(['keep', 'drop']).optional(),
      ignoreEventNames: z.array(z.string().min(1)).optional(),
      /** Resource name patterns to services, e.g. `{"payments-*": "payments"}`. */
      services: z.record(z.string().min(1), z.string().min(1).max(256)).optional(),
      maxPagesPerRegion: z.number().int().positive().optional(),
      maxEvents: z.number().int().positive().optional(),
      requestTimeoutMs: z.number().int().positive().optional(),
      collectTimeoutMs: z.number().int().positive().optional(),
      retries: z.number().int().nonnegative().optional(),
      requestsPerSecond: z.number().positive().optional(),
    })
    .strict(),
  async create(entry) {
    const eventNames =
      entry.extraEventNames === undefined
        ? entry.eventNames
        : [...(entry.eventNames ?? HIGH_SIGNAL_EVENT_NAMES), ...entry.extraEventNames];
    return [
      createCloudTrailCollector({
        ...(entry.id === undefined ? {} : { collectorId: entry.id }),
        regions: entry.regions,
        ...(entry.profile === undefined ? {} : { profile: entry.profile }),
        ...(entry.endpoint === undefined ? {} : { endpoint: entry.endpoint }),
        ...(entry.strategy === undefined ? {} : { strategy: entry.strategy }),
        ...(eventNames === undefined ? {} : { eventNames }),
        ...(entry.lookupAttributes === undefined ? {} : { lookupAttributes: entry.lookupAttributes }),
        ...(entry.otherWriteEvents === undefined ? {} : { otherWriteEvents: entry.otherWriteEvents }),
        ...(entry.ignoreEventNames === undefined ? {} : { ignoreEventNames: entry.ignoreEventNames }),
        ...(entry.services === undefined ? {} : { services: entry.services }),
        ...(entry.maxPagesPerRegion === undefined ? {} : { maxPagesPerRegion: entry.maxPagesPerRegion }),
        ...(entry.maxEvents === undefined ? {} : { maxEvents: entry.maxEvents }),
        ...(entry.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: entry.requestTimeoutMs }),
        ...(entry.collectTimeoutMs === undefined ? {} : { collectTimeoutMs: entry.collectTimeoutMs }),
        ...(entry.retries === undefined ? {} : { retries: entry.retries }),
        ...(entry.requestsPerSecond === undefined ? {} : { requestsPerSecond: entry.requestsPerSecond }),
      }),
    ];
  },
});
