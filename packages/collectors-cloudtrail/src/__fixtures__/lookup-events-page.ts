/** The parts of a synthetic event that vary between tests. */
export interface SyntheticEvent {
  readonly id: string;
  readonly name: string;
  /** ISO 8601, whole seconds. */
  readonly time: string;
  readonly source?: string;
  readonly username?: string;
  readonly resource?: readonly [type: string, name: string];
  readonly readOnly?: boolean;
}

/**
 * A LookupEvents response body with the same shape as the recorded ones (EventTime in epoch seconds,
 * `CloudTrailEvent` as a JSON string), for tests that need volume: many pages, busy regions, caps.
 */
export function lookupEventsPage(events: readonly SyntheticEvent[], nextToken?: string): string {
  return JSON.stringify({
    Events: events.map((event) => {
      const source = event.source ?? 'ec2.amazonaws.com';
      const username = event.username ?? 'autoscaling-bot';
      return {
        EventId: event.id,
        EventName: event.name,
        ReadOnly: String(event.readOnly ?? false),
        AccessKeyId: 'ASIAEXAMPLEKEY5T2HQP',
        EventTime: Date.parse(event.time) / 1000,
        EventSource: source,
        Username: username,
        Resources: event.resource
          ? [{ ResourceType: event.resource[0], ResourceName: event.resource[1] }]
          : [],
        CloudTrailEvent: JSON.stringify({
          eventVersion: '1.09',
          userIdentity: {
            type: 'AssumedRole',
            arn: `arn:aws:sts::123456789012:assumed-role/ops/${username}`,
            accountId: '123456789012',
          },
          eventTime: event.time,
          eventSource: source,
          eventName: event.name,
          awsRegion: 'us-east-1',
          sourceIPAddress: '203.0.113.24',
          userAgent: 'aws-sdk-go-v2/1.25.0',
          requestParameters: event.resource ? { resourceName: event.resource[1] } : null,
          responseElements: null,
          eventID: event.id,
          readOnly: event.readOnly ?? false,
          eventType: 'AwsApiCall',
          managementEvent: true,
          recipientAccountId: '123456789012',
          eventCategory: 'Management',
        }),
      };
    }),
    ...(nextToken ? { NextToken: nextToken } : {}),
  });
}

/**
 * `count` CreateTags events, one second apart going back from `newest`, ids `${prefix}-0`, `${prefix}-1`,
 * ...: the kind of low-signal write traffic that fills a busy region.
 */
export function createTagsEvents(prefix: string, newest: string, count: number): SyntheticEvent[] {
  const newestMs = Date.parse(newest);
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    name: 'CreateTags',
    time: new Date(newestMs - index * 1000).toISOString().replace('.000Z', 'Z'),
    resource: ['AWS::EC2::Instance', `i-0${prefix}${String(index).padStart(12, '0')}`] as const,
  }));
}
