/**
 * CloudTrail management events that change running infrastructure in ways that often precede an incident:
 * capacity, instances, network reachability, permissions, function code and configuration, deployments,
 * DNS, load balancing, storage policies and encryption keys. Names are spelled exactly as CloudTrail
 * records them, because `LookupEvents` matches `EventName` exactly: Lambda's carry the API version
 * (`UpdateFunctionCode20150331v2`). Events with these names become `warning` evidence; other write
 * events become `info` (or are dropped, with `otherWriteEvents: 'drop'`).
 *
 * Extend it rather than replace it: `eventNames: [...HIGH_SIGNAL_EVENT_NAMES, 'PutParameter']`.
 */
export const HIGH_SIGNAL_EVENT_NAMES: readonly string[] = Object.freeze([
  // EC2 instances and launch configuration
  'RunInstances',
  'TerminateInstances',
  'StopInstances',
  'RebootInstances',
  'ModifyInstanceAttribute',
  'CreateLaunchTemplateVersion',
  'ModifyLaunchTemplate',
  // Network reachability
  'AuthorizeSecurityGroupIngress',
  'AuthorizeSecurityGroupEgress',
  'RevokeSecurityGroupIngress',
  'RevokeSecurityGroupEgress',
  'ModifySecurityGroupRules',
  'ReplaceRoute',
  'DeleteRoute',
  'ReplaceNetworkAclEntry',
  // Databases and caches
  'ModifyDBInstance',
  'RebootDBInstance',
  'DeleteDBInstance',
  'StopDBInstance',
  'ModifyDBCluster',
  'FailoverDBCluster',
  'ModifyDBParameterGroup',
  'ModifyReplicationGroup',
  'UpdateTable',
  // IAM permissions
  'PutRolePolicy',
  'AttachRolePolicy',
  'DetachRolePolicy',
  'DeleteRolePolicy',
  'UpdateAssumeRolePolicy',
  'CreatePolicyVersion',
  'SetDefaultPolicyVersion',
  // Lambda (CloudTrail names carry the API version)
  'UpdateFunctionConfiguration20150331v2',
  'UpdateFunctionCode20150331v2',
  'PutFunctionConcurrency20171031',
  'DeleteFunctionConcurrency20171031',
  'UpdateAlias20150331',
  'UpdateEventSourceMapping20150331',
  // Containers and capacity
  'UpdateService',
  'DeleteService',
  'UpdateNodegroupConfig',
  'UpdateClusterVersion',
  'UpdateAutoScalingGroup',
  'SetDesiredCapacity',
  'PutScalingPolicy',
  // DNS, load balancing, CDN
  'ChangeResourceRecordSets',
  'ModifyLoadBalancerAttributes',
  'ModifyListener',
  'ModifyRule',
  'ModifyTargetGroup',
  'ModifyTargetGroupAttributes',
  'DeregisterTargets',
  'UpdateDistribution',
  // Storage access, keys, secrets, stacks
  'PutBucketPolicy',
  'DeleteBucketPolicy',
  'PutBucketAcl',
  'DisableKey',
  'ScheduleKeyDeletion',
  'PutKeyPolicy',
  'PutSecretValue',
  'UpdateSecret',
  'UpdateStack',
  'ExecuteChangeSet',
  'DeleteStack',
]);
