import { STORY_MINUTES, timeFromAlert } from './payments-incident-story.js';

/** The CloudTrail event id of Terraform's `ModifyDBInstance` on `payments-db`. */
export const MODIFY_DB_INSTANCE_EVENT_ID = '3b7e2c1a-8d4f-4e6a-9c5b-1f2e3d4c5b6a';
/** A console sign-in shortly before: a write event the collector ignores by default. */
export const CONSOLE_LOGIN_EVENT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

interface StoryEvent {
  readonly id: string;
  readonly name: string;
  readonly time: string;
  readonly source: string;
  readonly username: string;
  readonly resources: readonly { ResourceType: string; ResourceName: string }[];
  readonly requestParameters: Record<string, unknown> | null;
}

function lookupEvent(event: StoryEvent) {
  return {
    EventId: event.id,
    EventName: event.name,
    ReadOnly: 'false',
    AccessKeyId: 'ASIAEXAMPLEKEY5T2HQP',
    EventTime: Date.parse(event.time) / 1000,
    EventSource: event.source,
    Username: event.username,
    Resources: event.resources,
    CloudTrailEvent: JSON.stringify({
      eventVersion: '1.09',
      userIdentity: {
        type: 'AssumedRole',
        arn: `arn:aws:sts::123456789012:assumed-role/terraform-apply/${event.username}`,
        accountId: '123456789012',
      },
      eventTime: event.time,
      eventSource: event.source,
      eventName: event.name,
      awsRegion: 'us-east-1',
      sourceIPAddress: '203.0.113.24',
      userAgent: 'APN/1.0 HashiCorp/1.0 Terraform/1.7.5 terraform-provider-aws/5.40.0',
      requestParameters: event.requestParameters,
      responseElements: null,
      eventID: event.id,
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: '123456789012',
      eventCategory: 'Management',
    }),
  };
}

/**
 * The one LookupEvents page of us-east-1 (newest first, no `NextToken`): Terraform applying the smaller
 * payments database, and a console sign-in the collector drops (`DEFAULT_IGNORED_EVENT_NAMES`).
 */
export function paymentsLookupEventsPage(): string {
  return JSON.stringify({
    Events: [
      lookupEvent({
        id: MODIFY_DB_INSTANCE_EVENT_ID,
        name: 'ModifyDBInstance',
        time: timeFromAlert(STORY_MINUTES.modifyDbInstance),
        source: 'rds.amazonaws.com',
        username: 'terraform',
        resources: [{ ResourceType: 'AWS::RDS::DBInstance', ResourceName: 'payments-db' }],
        requestParameters: {
          dBInstanceIdentifier: 'payments-db',
          dBInstanceClass: 'db.r6g.large',
          applyImmediately: true,
        },
      }),
      lookupEvent({
        id: CONSOLE_LOGIN_EVENT_ID,
        name: 'ConsoleLogin',
        time: timeFromAlert(STORY_MINUTES.modifyDbInstance, -300),
        source: 'signin.amazonaws.com',
        username: 'alice',
        resources: [],
        requestParameters: null,
      }),
    ],
  });
}
