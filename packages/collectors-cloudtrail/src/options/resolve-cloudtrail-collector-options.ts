import type { CloudTrailClient, CloudTrailClientConfig, LookupAttribute } from '@aws-sdk/client-cloudtrail';
import type { InputIssue } from '@triagekit/core';
import { HIGH_SIGNAL_EVENT_NAMES } from '../events/high-signal-event-names.js';
import { DEFAULT_IGNORED_EVENT_NAMES } from '../events/ignored-event-names.js';
import { DEFAULT_REQUEST_PARAMETERS_MAX_LENGTH } from '../events/summarize-request-parameters.js';
import type { LookupStrategy } from '../lookup/collect-region.js';
import { type Clock, systemClock } from '../rate-limit/clock.js';
import type { ServiceRules } from '../services/service-rules.js';
import { checkEventOptions } from './check-event-options.js';
import { checkRegionOptions } from './check-region-options.js';
import {
  type CloudTrailCollectorOptions,
  DEFAULT_BURST,
  DEFAULT_COLLECT_TIMEOUT_MS,
  DEFAULT_MAX_EVENTS,
  DEFAULT_MAX_PAGES_PER_REGION,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_REQUESTS_PER_SECOND,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_DELAY_MS,
} from './cloudtrail-collector-options.js';
import {
  checkNonNegativeInteger,
  checkPositiveInteger,
  checkPositiveNumber,
  throwIfIssues,
} from './option-checks.js';

/** {@link CloudTrailCollectorOptions} with every default filled in, checked. */
export interface CloudTrailCollectorSettings {
  readonly collectorId: string;
  readonly regions: readonly string[] | undefined;
  readonly clients: Readonly<Record<string, CloudTrailClient>> | undefined;
  readonly profile: string | undefined;
  readonly credentials: CloudTrailClientConfig['credentials'] | undefined;
  readonly endpoint: string | undefined;
  readonly strategy: LookupStrategy;
  readonly eventNames: readonly string[];
  readonly lookupAttributes: readonly LookupAttribute[] | undefined;
  readonly otherWriteEvents: 'keep' | 'drop';
  readonly ignoreEventNames: readonly string[];
  readonly services: ServiceRules;
  readonly maxPagesPerRegion: number;
  readonly maxEvents: number;
  readonly requestTimeoutMs: number;
  readonly collectTimeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
  readonly requestsPerSecond: number;
  readonly burst: number;
  readonly requestParametersMaxLength: number;
  readonly clock: Clock;
  readonly random: () => number;
}

function checkFunctions(options: CloudTrailCollectorOptions): InputIssue[] {
  const clock = options.clock as Partial<Clock> | undefined;
  return [
    ...(clock === undefined || (typeof clock?.now === 'function' && typeof clock.sleep === 'function')
      ? []
      : [{ path: 'clock', message: 'must have now() and sleep(milliseconds, signal)' }]),
    ...(options.random === undefined || typeof options.random === 'function'
      ? []
      : [{ path: 'random', message: 'must be a function returning numbers in [0, 1)' }]),
  ];
}

/**
 * Checks every option and fills in the defaults. Throws an `InvalidInputError` naming each offending
 * option (a malformed region, `clients` combined with `regions`, an unknown lookup attribute key, a
 * non-positive limit, `strategy: 'event-names'` with no names, ...).
 */
export function resolveCloudTrailCollectorOptions(
  options: CloudTrailCollectorOptions = {},
): CloudTrailCollectorSettings {
  const strategy = options.strategy ?? 'auto';
  const eventNames = options.eventNames ?? HIGH_SIGNAL_EVENT_NAMES;
  throwIfIssues('CloudTrail collector options', [
    ...(options.collectorId === undefined ||
    (typeof options.collectorId === 'string' && /^\S+$/.test(options.collectorId))
      ? []
      : [
          {
            path: 'collectorId',
            message: `must be a non-empty string without whitespace, got ${JSON.stringify(options.collectorId)}`,
          },
        ]),
    ...checkRegionOptions(options),
    ...checkEventOptions(options),
    ...checkPositiveInteger('maxPagesPerRegion', options.maxPagesPerRegion),
    ...checkPositiveInteger('maxEvents', options.maxEvents),
    ...checkPositiveInteger('requestTimeoutMs', options.requestTimeoutMs),
    ...checkPositiveInteger('collectTimeoutMs', options.collectTimeoutMs),
    ...checkNonNegativeInteger('retries', options.retries),
    ...checkNonNegativeInteger('retryDelayMs', options.retryDelayMs),
    ...checkNonNegativeInteger('maxRetryDelayMs', options.maxRetryDelayMs),
    ...checkPositiveNumber('requestsPerSecond', options.requestsPerSecond),
    ...checkPositiveInteger('burst', options.burst),
    ...checkPositiveInteger('requestParametersMaxLength', options.requestParametersMaxLength),
    ...checkFunctions(options),
  ]);
  return {
    collectorId: options.collectorId ?? 'cloudtrail',
    regions: options.regions,
    clients: options.clients,
    profile: options.profile,
    credentials: options.credentials,
    endpoint: options.endpoint,
    strategy,
    eventNames: [...eventNames],
    lookupAttributes: options.lookupAttributes?.map((attribute) => ({
      AttributeKey: attribute.key,
      AttributeValue: attribute.value,
    })),
    otherWriteEvents: options.otherWriteEvents ?? 'keep',
    ignoreEventNames: [...(options.ignoreEventNames ?? DEFAULT_IGNORED_EVENT_NAMES)],
    services: { ...options.services },
    maxPagesPerRegion: options.maxPagesPerRegion ?? DEFAULT_MAX_PAGES_PER_REGION,
    maxEvents: options.maxEvents ?? DEFAULT_MAX_EVENTS,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    collectTimeoutMs: options.collectTimeoutMs ?? DEFAULT_COLLECT_TIMEOUT_MS,
    retries: options.retries ?? DEFAULT_RETRIES,
    retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
    maxRetryDelayMs: options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS,
    requestsPerSecond: options.requestsPerSecond ?? DEFAULT_REQUESTS_PER_SECOND,
    burst: options.burst ?? DEFAULT_BURST,
    requestParametersMaxLength: options.requestParametersMaxLength ?? DEFAULT_REQUEST_PARAMETERS_MAX_LENGTH,
    clock: options.clock ?? systemClock,
    random: options.random ?? Math.random,
  };
}
