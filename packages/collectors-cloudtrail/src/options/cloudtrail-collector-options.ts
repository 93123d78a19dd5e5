import type {
  CloudTrailClient,
  CloudTrailClientConfig,
  LookupAttributeKey,
} from '@aws-sdk/client-cloudtrail';
import type { LookupStrategy } from '../lookup/collect-region.js';
import type { Clock } from '../rate-limit/clock.js';
import type { ServiceRules } from '../services/service-rules.js';

/** One LookupEvents attribute, e.g. `{ key: 'ResourceName', value: 'payments-db' }`. */
export interface CloudTrailLookupAttribute {
  readonly key: LookupAttributeKey;
  readonly value: string;
}

/** Options of `createCloudTrailCollector`. Every one is optional. */
export interface CloudTrailCollectorOptions {
  /** Stable id; evidence ids do not depend on it (they are `ct_` + EventId). Default `'cloudtrail'`. */
  readonly collectorId?: string;
  /**
   * Regions to read, in parallel, e.g. `['us-east-1', 'eu-west-1']`. IAM, Route 53 and CloudFront record
   * their events in `us-east-1` only: include it to see them. Default: the SDK's default region
   * (`AWS_REGION`, then the profile's). Not together with `clients`.
   */
  readonly regions?: readonly string[];
  /**
   * Ready-made clients keyed by region (another account's role, a proxy, custom middleware). Used as
   * given: their own retry settings add to this collector's (`maxAttempts: 1` avoids that). Not together
   * with `regions`, `profile`, `credentials` or `endpoint`.
   */
  readonly clients?: Readonly<Record<string, CloudTrailClient>>;
  /** Shared config/credentials profile. Default: the SDK's chain (`AWS_PROFILE`, then `default`). */
  readonly profile?: string;
  /** Credentials or a credential provider. Default: the SDK's default chain. */
  readonly credentials?: CloudTrailClientConfig['credentials'];
  /** Endpoint override for every region, e.g. a VPC endpoint or a local test server. */
  readonly endpoint?: string;
  /** How to look up events when `lookupAttributes` is not given (see `LookupStrategy`). Default `'auto'`. */
  readonly strategy?: LookupStrategy;
  /** High-signal event names (exact CloudTrail spelling). Default `HIGH_SIGNAL_EVENT_NAMES`. */
  readonly eventNames?: readonly string[];
  /**
   * Look up by these attributes instead, one stream each, merged (the API accepts one attribute per
   * call, so several mean OR). Read-only events are still dropped. Default: none (use `strategy`).
   */
  readonly lookupAttributes?: readonly CloudTrailLookupAttribute[];
  /** Write events not in `eventNames`: `'keep'` as `info` evidence, or `'drop'`. Default `'keep'`. */
  readonly otherWriteEvents?: 'keep' | 'drop';
  /** Write events dropped unless in `eventNames`. Default `DEFAULT_IGNORED_EVENT_NAMES`. */
  readonly ignoreEventNames?: readonly string[];
  /** Resource name patterns to services, e.g. `{ 'payments-*': 'payments' }`. Default: none (`null`). */
  readonly services?: ServiceRules;
  /** Most LookupEvents requests per region and call. Default 40. */
  readonly maxPagesPerRegion?: number;
  /** Most events read in all regions together per call (checked between pages). Default 5,000. */
  readonly maxEvents?: number;
  /** Timeout of each request attempt, in milliseconds. Default 10,000. */
  readonly requestTimeoutMs?: number;
  /**
   * Time budget of one `doCollect`, in milliseconds: when it runs out, what was read is returned with a
   * warning. Keep it below the pipeline's collector timeout (30 s by default), which discards everything.
   * Default 20,000.
   */
  readonly collectTimeoutMs?: number;
  /** Further attempts after throttling, HTTP 429/5xx, a timeout or a network error. Default 3. */
  readonly retries?: number;
  /** First retry backoff, in milliseconds; doubles per retry, with jitter. Default 1,000. */
  readonly retryDelayMs?: number;
  /** Longest retry backoff, in milliseconds. Default 20,000. */
  readonly maxRetryDelayMs?: number;
  /** Sustained LookupEvents requests per second and region (AWS allows 2 per account). Default 2. */
  readonly requestsPerSecond?: number;
  /** Requests that may go out back to back after a pause, per region. Default 1. */
  readonly burst?: number;
  /** Longest `requestParameters` summary kept, in characters. Default 1,024. */
  readonly requestParametersMaxLength?: number;
  /** Time source and sleep for the rate limiter, backoff and budget (tests). Default: the real clock. */
  readonly clock?: Clock;
  /** Uniform random numbers in [0, 1) for backoff jitter (tests). Default `Math.random`. */
  readonly random?: () => number;
}

/** Default {@link CloudTrailCollectorOptions.maxPagesPerRegion}. */
export const DEFAULT_MAX_PAGES_PER_REGION = 40;
/** Default {@link CloudTrailCollectorOptions.maxEvents}. */
export const DEFAULT_MAX_EVENTS = 5000;
/** Default {@link CloudTrailCollectorOptions.requestTimeoutMs}. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Default {@link CloudTrailCollectorOptions.collectTimeoutMs}. */
export const DEFAULT_COLLECT_TIMEOUT_MS = 20_000;
/** Default {@link CloudTrailCollectorOptions.retries}. */
export const DEFAULT_RETRIES = 3;
/** Default {@link CloudTrailCollectorOptions.retryDelayMs}. */
export const DEFAULT_RETRY_DELAY_MS = 1000;
/** Default {@link CloudTrailCollectorOptions.maxRetryDelayMs}. */
export const DEFAULT_MAX_RETRY_DELAY_MS = 20_000;
/** Default {@link CloudTrailCollectorOptions.requestsPerSecond}: LookupEvents' documented limit. */
export const DEFAULT_REQUESTS_PER_SECOND = 2;
/** Default {@link CloudTrailCollectorOptions.burst}. */
export const DEFAULT_BURST = 1;
