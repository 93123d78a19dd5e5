import type { InputIssue } from '@triagekit/core';
import type { CloudTrailCollectorOptions } from './cloudtrail-collector-options.js';

// us-east-1, eu-central-2, ap-southeast-4, us-gov-west-1, cn-northwest-1, il-central-1, ...
const regionPattern = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

function checkRegionName(path: string, value: unknown): InputIssue[] {
  return typeof value === 'string' && regionPattern.test(value)
    ? []
    : [{ path, message: `must be an AWS region such as 'us-east-1', got ${JSON.stringify(value)}` }];
}

/**
 * Issues with where the collector reads from: `regions` (AWS region names, no repeats), `clients` (keyed
 * by region, each with a `send` method) and `endpoint` (an absolute http(s) URL), and the combinations
 * that cannot work together (`clients` with `regions`, `profile`, `credentials` or `endpoint`).
 */
export function checkRegionOptions(options: CloudTrailCollectorOptions): InputIssue[] {
  const issues: InputIssue[] = [];
  const { regions, clients, endpoint } = options;
  if (regions !== undefined) {
    if (!Array.isArray(regions) || regions.length === 0) {
      issues.push({
        path: 'regions',
        message: "must be a non-empty array of region names, e.g. ['us-east-1']",
      });
    } else {
      issues.push(...regions.flatMap((region, index) => checkRegionName(`regions.${index}`, region)));
      if (new Set(regions).size !== regions.length)
        issues.push({ path: 'regions', message: 'lists a region twice' });
    }
  }
  if (clients !== undefined) {
    const entries = typeof clients === 'object' && clients !== null ? Object.entries(clients) : [];
    if (entries.length === 0)
      issues.push({ path: 'clients', message: 'must map at least one region to a CloudTrailClient' });
    for (const [region, client] of entries) {
      issues.push(...checkRegionName(`clients.${region}`, region));
      if (typeof (client as { send?: unknown } | null)?.send !== 'function') {
        issues.push({
          path: `clients.${region}`,
          message: 'must be a CloudTrailClient (an object with send())',
        });
      }
    }
    for (const key of ['regions', 'profile', 'credentials', 'endpoint'] as const) {
      if (options[key] !== undefined) {
        issues.push({
          path: key,
          message: 'cannot be combined with clients: configure the clients themselves',
        });
      }
    }
  }
  if (
    options.profile !== undefined &&
    (typeof options.profile !== 'string' || options.profile.length === 0)
  ) {
    issues.push({ path: 'profile', message: 'must be a non-empty profile name' });
  }
  if (endpoint !== undefined) {
    let valid = false;
    try {
      const url = new URL(String(endpoint));
      valid = url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      valid = false;
    }
    if (!valid)
      issues.push({
        path: 'endpoint',
        message: `must be an absolute http(s) URL, got ${JSON.stringify(endpoint)}`,
      });
  }
  return issues;
}
