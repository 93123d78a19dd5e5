import type { Event } from '@aws-sdk/client-cloudtrail';

// Request parameters that name the resource acted on: functionName, dBInstanceIdentifier, groupId,
// autoScalingGroupName, loadBalancerArn, bucketName, roleName, and ECS's `service` and `cluster`.
const identifierKey = /(?:Name|Identifier|Id|Arn)$/;
const identifierKeys = new Set(['service', 'cluster', 'name']);
const maxNameLength = 256;

/**
 * The names of the resources an event touched, in order and without repeats: the `Resources` CloudTrail
 * lists, then the identifier fields at the top of `requestParameters` (LookupEvents often lists no
 * resources for ECS, Lambda aliases or scaling calls, while the request names them).
 */
export function resourceNames(event: Event, requestParameters: unknown): string[] {
  const names: string[] = [];
  for (const resource of event.Resources ?? []) {
    if (resource.ResourceName) names.push(resource.ResourceName);
  }
  if (typeof requestParameters === 'object' && requestParameters !== null) {
    for (const [key, value] of Object.entries(requestParameters as Record<string, unknown>)) {
      if (typeof value !== 'string' || value.length === 0 || value.length > maxNameLength) continue;
      if (identifierKey.test(key) || identifierKeys.has(key)) names.push(value);
    }
  }
  return [...new Set(names)];
}
