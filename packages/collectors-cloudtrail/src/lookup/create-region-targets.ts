import { CloudTrailClient, type CloudTrailClientConfig } from '@aws-sdk/client-cloudtrail';
import { CollectorError } from '@triagekit/core';
import type { CloudTrailCollectorSettings } from '../options/resolve-cloudtrail-collector-options.js';
import { TokenBucket } from '../rate-limit/token-bucket.js';
import type { RegionTarget } from './lookup-session.js';

function clientConfig(
  settings: CloudTrailCollectorSettings,
  region: string | undefined,
): CloudTrailClientConfig {
  return {
    ...(region === undefined ? {} : { region }),
    ...(settings.profile === undefined ? {} : { profile: settings.profile }),
    ...(settings.credentials === undefined ? {} : { credentials: settings.credentials }),
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    // Retries, backoff and rate limiting wrap every attempt in sendLookupRequest, where they can share the
    // region's token bucket, use the injectable clock and stop on the caller's signal; the SDK's own
    // retries would bypass all three.
    maxAttempts: 1,
    requestHandler: {
      connectionTimeout: settings.requestTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      // Without it the handler only logs a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
    },
  };
}

/**
 * Returns a function giving the regions to read, each with its client and its token bucket, created on
 * first use and kept for the collector's life (so the rate limit holds across calls). Clients come from
 * `clients`, or are created per region in `regions`, or, with neither, one client in the SDK's default
 * region. Rejects with a `CollectorError` when no region is configured anywhere.
 */
export function createRegionTargets(settings: CloudTrailCollectorSettings): () => Promise<RegionTarget[]> {
  let targets: Promise<RegionTarget[]> | undefined;
  const target = (region: string, client: CloudTrailClient): RegionTarget => ({
    region,
    client,
    bucket: new TokenBucket({
      ratePerSecond: settings.requestsPerSecond,
      capacity: settings.burst,
      clock: settings.clock,
    }),
  });
  async function create(): Promise<RegionTarget[]> {
    if (settings.clients) {
      return Object.entries(settings.clients).map(([region, client]) => target(region, client));
    }
    if (settings.regions) {
      return settings.regions.map((region) =>
        target(region, new CloudTrailClient(clientConfig(settings, region))),
      );
    }
    const client = new CloudTrailClient(clientConfig(settings, undefined));
    try {
      return [target(await client.config.region(), client)];
    } catch (error) {
      throw new CollectorError({
        collectorId: settings.collectorId,
        message:
          'No AWS region is configured for CloudTrail: set regions (e.g. ["us-east-1"]), AWS_REGION, or a ' +
          'region in the AWS profile.',
        cause: error,
      });
    }
  }
  return () => {
    targets ??= create().catch((error: unknown) => {
      // A later call may find the region configured; do not cache the failure.
      targets = undefined;
      throw error;
    });
    return targets;
  };
}
