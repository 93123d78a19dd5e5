import type { InputIssue } from '@triagekit/core';
import type { CloudTrailCollectorOptions } from './cloudtrail-collector-options.js';
import { checkOneOf, checkStringList } from './option-checks.js';

/** The attribute keys LookupEvents accepts. */
const LOOKUP_ATTRIBUTE_KEYS = [
  'EventId',
  'EventName',
  'ReadOnly',
  'Username',
  'ResourceType',
  'ResourceName',
  'EventSource',
  'AccessKeyId',
] as const;

function checkLookupAttributes(value: unknown, strategy: unknown): InputIssue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) {
    return [
      {
        path: 'lookupAttributes',
        message:
          "must be a non-empty array of { key, value }, e.g. [{ key: 'ResourceName', value: 'payments-db' }]",
      },
    ];
  }
  const issues = value.flatMap(
    (attribute: { key?: unknown; value?: unknown } | null, index): InputIssue[] => [
      ...checkOneOf(`lookupAttributes.${index}.key`, attribute?.key ?? null, LOOKUP_ATTRIBUTE_KEYS),
      ...(typeof attribute?.value === 'string' && attribute.value.length > 0
        ? []
        : [{ path: `lookupAttributes.${index}.value`, message: 'must be a non-empty string' }]),
      ...(attribute?.key === 'ReadOnly' && attribute.value !== 'false'
        ? [
            {
              path: `lookupAttributes.${index}.value`,
              message: "must be 'false': read-only events are never kept (they change nothing)",
            },
          ]
        : []),
    ],
  );
  if (strategy !== undefined) {
    issues.push({ path: 'strategy', message: 'applies only without lookupAttributes; remove one of them' });
  }
  return issues;
}

function checkServices(value: unknown): InputIssue[] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [
      {
        path: 'services',
        message: "must map resource name patterns to services, e.g. { 'payments-*': 'payments' }",
      },
    ];
  }
  return Object.entries(value).flatMap(([pattern, service]) =>
    pattern.length > 0 && typeof service === 'string' && service.length > 0 && service.length <= 256
      ? []
      : [
          {
            path: `services.${pattern}`,
            message: `must map a non-empty pattern to a service name (1-256 characters), got ${JSON.stringify(service)}`,
          },
        ],
  );
}

/**
 * Issues with what the collector looks up and keeps: `strategy`, `eventNames` (not empty with
 * `strategy: 'event-names'`), `lookupAttributes` (keys LookupEvents accepts, non-empty values, never
 * `ReadOnly=true`, not together with `strategy`), `otherWriteEvents`, `ignoreEventNames` and `services`.
 */
export function checkEventOptions(options: CloudTrailCollectorOptions): InputIssue[] {
  const strategy = options.strategy ?? 'auto';
  return [
    ...checkOneOf('strategy', options.strategy, ['auto', 'write-events', 'event-names']),
    ...checkStringList('eventNames', options.eventNames, { nonEmpty: strategy === 'event-names' }),
    ...checkLookupAttributes(options.lookupAttributes, options.strategy),
    ...checkOneOf('otherWriteEvents', options.otherWriteEvents, ['keep', 'drop']),
    ...checkStringList('ignoreEventNames', options.ignoreEventNames),
    ...checkServices(options.services),
  ];
}
