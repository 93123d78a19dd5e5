import type { Event } from '@aws-sdk/client-cloudtrail';
import type { AttributeValue, EvidenceInput } from '@triagekit/core';
import { baseEventName } from './event-name-matcher.js';
import { parseCloudTrailEvent } from './parse-cloudtrail-event.js';
import { resourceNames } from './resource-names.js';
import { summarizeRequestParameters } from './summarize-request-parameters.js';

/** How {@link cloudTrailEventToEvidence} classifies and labels an event. */
export interface EventMappingContext {
  /** The region the event was looked up in. */
  readonly region: string;
  readonly isHighSignal: (eventName: string) => boolean;
  readonly resolveService: (resourceNames: readonly string[]) => string | null;
  /** Longest `requestParameters` summary, in characters. */
  readonly requestParametersMaxLength: number;
}

/** One event as evidence, and why its `CloudTrailEvent` could not be read (when it could not). */
export interface MappedEvent {
  readonly evidence: EvidenceInput;
  readonly malformedReason?: string;
}

const maxListedResources = 3;
const maxUserAgentLength = 256;

// Evidence ids are cited by reports; keep them to characters that survive Markdown and URLs.
function evidenceId(eventId: string | undefined): string | undefined {
  const safe = eventId?.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 120);
  return safe ? `ct_${safe}` : undefined;
}

function listResources(names: readonly string[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, maxListedResources).join(', ');
  const more = names.length > maxListedResources ? ` (+${names.length - maxListedResources} more)` : '';
  return ` on ${shown}${more}`;
}

/**
 * Maps one LookupEvents result to `change` evidence: the CloudTrail event id as the evidence id (`ct_` +
 * EventId), the event time, the service from the resource names (see `services`), `warning` severity for
 * high-signal events and `info` for other writes and for failed calls (an `errorCode` means nothing
 * changed). The text reads `ModifyDBInstance (rds.amazonaws.com) on payments-db by alice in us-east-1`,
 * then the summarised request parameters and the error, one per line. A malformed `CloudTrailEvent` keeps
 * the LookupEvents fields and reports why in `malformedReason`. Returns `undefined` for an event without a
 * valid `EventTime`, which cannot be placed on a timeline. Pure; never throws.
 */
export function cloudTrailEventToEvidence(
  event: Event,
  context: EventMappingContext,
): MappedEvent | undefined {
  const time = event.EventTime;
  if (!time || Number.isNaN(time.getTime())) return undefined;
  const eventName = event.EventName ?? 'UnknownEvent';
  const parsed = parseCloudTrailEvent(event.CloudTrailEvent);
  const fields = parsed.ok ? parsed.fields : {};
  const names = resourceNames(event, fields.requestParameters);
  const highSignal = context.isHighSignal(eventName);
  const failed = fields.errorCode !== undefined;
  const requestSummary = summarizeRequestParameters(
    fields.requestParameters,
    context.requestParametersMaxLength,
  );
  const user = event.Username ?? fields.userArn ?? 'an unknown principal';
  const source = event.EventSource ? ` (${event.EventSource})` : '';
  const lines = [
    `${baseEventName(eventName)}${source}${listResources(names)} by ${user} in ${context.region}`,
  ];
  if (requestSummary) lines.push(`requestParameters: ${requestSummary}`);
  if (failed)
    lines.push(`failed: ${fields.errorCode}${fields.errorMessage ? `: ${fields.errorMessage}` : ''}`);
  const attributes: Record<string, AttributeValue | undefined> = {
    source: 'cloudtrail',
    eventId: event.EventId,
    eventName,
    eventSource: event.EventSource,
    region: context.region,
    username: event.Username,
    userArn: fields.userArn,
    userType: fields.userType,
    roleArn: fields.roleArn,
    invokedBy: fields.invokedBy,
    accountId: fields.accountId,
    sourceIpAddress: fields.sourceIpAddress,
    userAgent: fields.userAgent?.slice(0, maxUserAgentLength),
    resources: (event.Resources ?? [])
      .map((resource) => `${resource.ResourceType ?? 'unknown'} ${resource.ResourceName ?? ''}`.trim())
      .join(', '),
    highSignal,
    errorCode: fields.errorCode,
    errorMessage: fields.errorMessage,
    requestParameters: requestSummary,
  };
  for (const key of Object.keys(attributes)) {
    if (attributes[key] === undefined || attributes[key] === '') delete attributes[key];
  }
  const id = evidenceId(event.EventId);
  return {
    evidence: {
      ...(id === undefined ? {} : { id }),
      kind: 'change',
      time: time.toISOString(),
      service: context.resolveService(names),
      severity: highSignal && !failed ? 'warning' : 'info',
      text: lines.join('\n'),
      attributes: attributes as Record<string, AttributeValue>,
    },
    ...(parsed.ok ? {} : { malformedReason: parsed.reason }),
  };
}
