import { describe, expect, it } from 'vitest';
import { parseCloudTrailEvent } from './parse-cloudtrail-event.js';

describe('parseCloudTrailEvent', () => {
  it('reads identity, origin, error and request parameters of an assumed-role call', () => {
    const record = {
      userIdentity: {
        type: 'AssumedRole',
        arn: 'arn:aws:sts::123456789012:assumed-role/deploy/ci',
        accountId: '123456789012',
        sessionContext: { sessionIssuer: { arn: 'arn:aws:iam::123456789012:role/deploy' } },
        invokedBy: 'cloudformation.amazonaws.com',
      },
      awsRegion: 'eu-west-1',
      sourceIPAddress: 'cloudformation.amazonaws.com',
      userAgent: 'cloudformation.amazonaws.com',
      errorCode: 'ValidationException',
      errorMessage: 'desiredCount must be >= 0',
      requestParameters: { service: 'checkout-api', desiredCount: -1 },
      recipientAccountId: '210987654321',
    };
    expect(parseCloudTrailEvent(JSON.stringify(record))).toEqual({
      ok: true,
      fields: {
        userArn: 'arn:aws:sts::123456789012:assumed-role/deploy/ci',
        userType: 'AssumedRole',
        roleArn: 'arn:aws:iam::123456789012:role/deploy',
        invokedBy: 'cloudformation.amazonaws.com',
        sourceIpAddress: 'cloudformation.amazonaws.com',
        userAgent: 'cloudformation.amazonaws.com',
        errorCode: 'ValidationException',
        errorMessage: 'desiredCount must be >= 0',
        accountId: '210987654321',
        awsRegion: 'eu-west-1',
        requestParameters: { service: 'checkout-api', desiredCount: -1 },
      },
    });
  });

  it('leaves out missing and mistyped fields', () => {
    expect(parseCloudTrailEvent('{"userIdentity":"root","errorCode":42,"requestParameters":null}')).toEqual({
      ok: true,
      fields: {},
    });
  });

  it('says why it cannot read a record, without throwing', () => {
    expect(parseCloudTrailEvent(undefined)).toEqual({ ok: false, reason: 'it is missing' });
    expect(parseCloudTrailEvent('[1, 2]')).toEqual({ ok: false, reason: 'it is not a JSON object' });
    const truncated = parseCloudTrailEvent('{"eventVersion":"1.09","userIdentity":{"type"');
    expect(truncated.ok).toBe(false);
    expect(truncated.ok ? '' : truncated.reason).toMatch(/^it is not valid JSON \(/);
    expect(parseCloudTrailEvent(`"${'x'.repeat(1_048_577)}"`)).toEqual({
      ok: false,
      reason: 'it is 1048579 characters long',
    });
  });
});
