import { CollectorError, type CollectorV1, type CollectorV1Result } from '@triagekit/core';
import { createEventNameMatcher } from './events/event-name-matcher.js';
import { collectRegion } from './lookup/collect-region.js';
import { createRegionTargets } from './lookup/create-region-targets.js';
import { EventCounter } from './lookup/event-counter.js';
import type { LookupSession } from './lookup/lookup-session.js';
import type { CloudTrailCollectorOptions } from './options/cloudtrail-collector-options.js';
import { resolveCloudTrailCollectorOptions } from './options/resolve-cloudtrail-collector-options.js';
import { buildChangeEvidence } from './selection/build-change-evidence.js';
import { createServiceResolver } from './services/service-rules.js';

/**
 * A read-only collector of AWS CloudTrail management events that changed infrastructure, through the
 * official `CloudTrailClient` and `LookupEventsCommand` (the only operation it ever calls).
 *
 * Each `doCollect` reads the pipeline's window in every region in parallel: by default write events
 * (`ReadOnly=false`), newest first, 50 per page, switching to per-event-name lookups in a busy region when
 * that is cheaper (see `LookupStrategy`). Requests go through a token bucket per region (2 per second by
 * default, LookupEvents' limit), each attempt has a timeout, and throttling, HTTP 429/5xx, timeouts and
 * network errors are retried with exponential backoff. Every event becomes `change` evidence: high-signal
 * names (`HIGH_SIGNAL_EVENT_NAMES`) as `warning`, other writes as `info`.
 *
 * Degrades instead of failing: a forbidden or failing region, a malformed `CloudTrailEvent`, a page or
 * event cap, and the time budget become warnings, keeping everything read. Rejects with a `CollectorError`
 * only when every region failed, and with the abort reason as soon as `abortSignal` aborts (in-flight
 * requests are cancelled).
 *
 * @throws InvalidInputError at creation, naming every invalid option.
 */
export function createCloudTrailCollector(options: CloudTrailCollectorOptions = {}): CollectorV1 {
  const settings = resolveCloudTrailCollectorOptions(options);
  const regionTargets = createRegionTargets(settings);
  const isHighSignal = createEventNameMatcher(settings.eventNames);
  const isIgnored = createEventNameMatcher(settings.ignoreEventNames);
  const resolveService = createServiceResolver(settings.services);
  const { collectorId, clock } = settings;

  async function doCollect({
    window,
    abortSignal,
    maxItems,
  }: Parameters<CollectorV1['doCollect']>[0]): Promise<CollectorV1Result> {
    abortSignal.throwIfAborted();
    const targets = await regionTargets();
    abortSignal.throwIfAborted();
    const session: LookupSession = {
      clock,
      random: settings.random,
      callerSignal: abortSignal,
      signal: AbortSignal.any([abortSignal, AbortSignal.timeout(settings.collectTimeoutMs)]),
      deadline: clock.now() + settings.collectTimeoutMs,
      requestTimeoutMs: settings.requestTimeoutMs,
      retries: settings.retries,
      retryDelayMs: settings.retryDelayMs,
      maxRetryDelayMs: settings.maxRetryDelayMs,
    };
    const counter = new EventCounter(settings.maxEvents);
    const outcomes = await Promise.all(
      targets.map((target) =>
        collectRegion({
          target,
          session,
          counter,
          window,
          strategy: settings.strategy,
          eventNames: settings.eventNames,
          lookupAttributes: settings.lookupAttributes,
          maxPages: settings.maxPagesPerRegion,
          collectTimeoutMs: settings.collectTimeoutMs,
        }),
      ),
    );
    abortSignal.throwIfAborted();
    const failures = outcomes.flatMap((outcome) => (outcome.failure ? [outcome.failure] : []));
    if (failures.length === outcomes.length && failures[0]) {
      throw new CollectorError({
        collectorId,
        message: `CloudTrail LookupEvents failed in every region: ${failures.map((failure) => failure.message).join(' ')}`,
        cause: failures[0],
      });
    }
    const built = buildChangeEvidence(outcomes, {
      window,
      maxItems,
      isHighSignal,
      isIgnored,
      otherWriteEvents: settings.otherWriteEvents,
      resolveService,
      requestParametersMaxLength: settings.requestParametersMaxLength,
    });
    return {
      evidence: built.evidence,
      warnings: [
        ...failures.map((failure) => `${failure.message} No events were read from ${failure.region}.`),
        ...outcomes.flatMap((outcome) => outcome.warnings),
        ...built.warnings,
      ],
    };
  }

  const where =
    settings.regions?.join(', ') ??
    (settings.clients ? Object.keys(settings.clients).join(', ') : 'the default region');
  return {
    specificationVersion: 'v1',
    collectorId,
    description: `AWS CloudTrail write events (LookupEvents) in ${where}`,
    doCollect,
  };
}
