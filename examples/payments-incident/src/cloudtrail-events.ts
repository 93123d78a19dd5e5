import { createHash } from 'node:crypto';
import type { EvidenceSink } from './create-evidence-sink.js';
import { PLANTED_SECRET_VALUES } from './planted-secrets.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';

/** A mutating AWS API call as CloudTrail records it, reduced to what triage needs. */
interface CloudTrailEvent {
  readonly time: number;
  readonly service: string | null;
  readonly eventName: string;
  readonly eventSource: string;
  readonly userIdentity: string;
  readonly sourceIPAddress: string;
  /** What the call acted on, for the one-line summary. */
  readonly target: string;
  readonly requestParameters: Record<string, unknown>;
}

const EVENTS: readonly CloudTrailEvent[] = [
  {
    time: SCENARIO_TIMELINE.glueJobUpdate + 17_000,
    service: 'analytics',
    eventName: 'UpdateJob',
    eventSource: 'glue.amazonaws.com',
    userIdentity: `arn:aws:sts::${ACCOUNT}:assumed-role/analytics-deployer/ci-pipeline`,
    sourceIPAddress: '198.51.100.77',
    target: 'orders-nightly-export',
    requestParameters: {
      jobName: 'orders-nightly-export',
      jobUpdate: {
        role: `arn:aws:iam::${ACCOUNT}:role/glue-orders-export`,
        command: { name: 'glueetl', scriptLocation: 's3://analytics-jobs-eu/orders_export.py' },
        defaultArguments: {
          '--source-url':
            'jdbc:postgresql://orders-replica.internal.example.com:5432/orders' +
            `?user=etl_reader&password=${PLANTED_SECRET_VALUES.glueJobPassword}`,
          '--target-path': 's3://analytics-lake-eu/orders/',
        },
        workerType: 'G.1X',
        numberOfWorkers: 4,
      },
    },
  },
  {
    time: SCENARIO_TIMELINE.bastionIngress + 9_000,
    service: null,
    eventName: 'AuthorizeSecurityGroupIngress',
    eventSource: 'ec2.amazonaws.com',
    userIdentity: `arn:aws:iam::${ACCOUNT}:user/ops-alex`,
    sourceIPAddress: '198.51.100.24',
    target: 'sg-0a1b2c3d4e5f60718',
    requestParameters: {
      groupId: 'sg-0a1b2c3d4e5f60718',
      ipPermissions: {
        items: [
          {
            ipProtocol: 'tcp',
            fromPort: 22,
            toPort: 22,
            ipRanges: { items: [{ cidrIp: '198.51.100.24/32', description: 'alex - bastion access' }] },
          },
        ],
      },
    },
  },
  {
    time: SCENARIO_TIMELINE.batchWorkersLaunch + 3_000,
    service: 'batch-workers',
    eventName: 'RunInstances',
    eventSource: 'ec2.amazonaws.com',
    userIdentity: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling`,
    sourceIPAddress: 'autoscaling.amazonaws.com',
    target: 'batch-workers (2 x m6i.2xlarge)',
    requestParameters: {
      instancesSet: { items: [{ minCount: 2, maxCount: 2 }] },
      instanceType: 'm6i.2xlarge',
      launchTemplate: { launchTemplateId: 'lt-0f3e9a1b2c4d5e6f7', version: '14' },
      subnetId: 'subnet-0c1d2e3f4a5b6c7d8',
      tagSpecificationSet: {
        items: [
          {
            resourceType: 'instance',
            tags: [{ key: 'aws:autoscaling:groupName', value: 'batch-workers' }],
          },
        ],
      },
    },
  },
];

function eventId(event: CloudTrailEvent): string {
  const hex = createHash('sha256')
    .update(`${event.eventName}\n${event.time}\n${event.userIdentity}`)
    .digest('hex');
  // Shaped like a version 4 UUID, which is what CloudTrail uses for event ids.
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `a${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** Writes the write (non read-only) CloudTrail events of the window into `sink` as `change` items. */
export function addCloudTrailEvents(sink: EvidenceSink): void {
  for (const event of EVENTS) {
    sink.add(event.time, event.service, () => ({
      kind: 'change',
      severity: 'info',
      text: `${event.eventName} on ${event.target} by ${event.userIdentity} (${REGION})`,
      attributes: {
        changeType: 'cloud-api',
        eventName: event.eventName,
        eventSource: event.eventSource,
        eventId: eventId(event),
        region: REGION,
        userIdentity: event.userIdentity,
        sourceIPAddress: event.sourceIPAddress,
        requestParameters: JSON.stringify(event.requestParameters),
        readOnly: false,
      },
    }));
  }
}
