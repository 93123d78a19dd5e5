import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidInputError } from '@triagekit/core';
import { createSampleAlert, createSampleTimeWindow } from '@triagekit/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cloudtrailCollectorConfig } from './cloudtrail-collector-config.js';

const context = { baseDirectory: '/', environment: {} };

function parse(entry: unknown) {
  return cloudtrailCollectorConfig.schema.safeParse(entry);
}

function issuePaths(entry: unknown): string[] {
  const result = parse(entry);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('cloudtrailCollectorConfig', () => {
  it('accepts a minimal entry and a full one', () => {
    expect(parse({ type: 'cloudtrail', regions: ['us-east-1'] }).success).toBe(true);
    const full = {
      type: 'cloudtrail',
      id: 'cloudtrail-prod',
      regions: ['us-east-1', 'eu-west-1'],
      profile: 'triage-readonly',
      endpoint: 'https://cloudtrail.us-east-1.amazonaws.com',
      strategy: 'event-names',
      eventNames: ['RunInstances'],
      extraEventNames: ['PutParameter'],
      otherWriteEvents: 'drop',
      ignoreEventNames: [],
      services: { 'payments-*': 'payments' },
      maxPagesPerRegion: 20,
      maxEvents: 1000,
      requestTimeoutMs: 5000,
      collectTimeoutMs: 15_000,
      retries: 2,
      requestsPerSecond: 1.5,
    };
    expect(parse(full).success).toBe(true);
  });

  it('rejects what the collector cannot use, naming the field', () => {
    expect(issuePaths({ type: 'cloudtrail' })).toEqual(['regions']);
    expect(issuePaths({ type: 'cloudtrail', regions: [] })).toEqual(['regions']);
    expect(issuePaths({ type: 'cloudtrail', regions: ['US-East-1'] })).toEqual(['regions.0']);
    expect(issuePaths({ type: 'cloudtrail', regions: ['us-east-1'], region: 'us-east-1' })).toEqual(['']);
    expect(issuePaths({ type: 'cloudtrail', regions: ['us-east-1'], maxPagesPerRegion: 0 })).toEqual([
      'maxPagesPerRegion',
    ]);
    expect(
      issuePaths({
        type: 'cloudtrail',
        regions: ['us-east-1'],
        lookupAttributes: [{ key: 'Region', value: 'x' }],
      }),
    ).toEqual(['lookupAttributes.0.key']);
    expect(issuePaths({ type: 'cloudtrail', regions: ['us-east-1'], endpoint: 'not a url' })).toEqual([
      'endpoint',
    ]);
  });

  it('creates one collector, named by id', async () => {
    const entry = cloudtrailCollectorConfig.schema.parse({
      type: 'cloudtrail',
      id: 'ct-prod',
      regions: ['eu-west-1'],
    });
    const [collector, ...rest] = await cloudtrailCollectorConfig.create(entry, context);
    expect(rest).toEqual([]);
    expect(collector?.collectorId).toBe('ct-prod');
    expect(collector?.description).toContain('eu-west-1');
  });

  it('passes combinations the collector refuses on as a precise error', async () => {
    const entry = cloudtrailCollectorConfig.schema.parse({
      type: 'cloudtrail',
      regions: ['us-east-1'],
      strategy: 'auto',
      lookupAttributes: [{ key: 'Username', value: 'alice' }],
    });
    const error = await cloudtrailCollectorConfig.create(entry, context).catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('strategy: applies only without lookupAttributes');
  });

  it('wires regions, endpoint and the extra event names into LookupEvents calls', async () => {
    const seen: { headers: IncomingHttpHeaders; body: Record<string, unknown> }[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        seen.push({ headers: request.headers, body: JSON.parse(body) as Record<string, unknown> });
        response.writeHead(200, { 'Content-Type': 'application/x-amz-json-1.1' });
        response.end('{"Events":[]}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE');
      vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
      vi.stubEnv('AWS_PROFILE', undefined);
      const entry = cloudtrailCollectorConfig.schema.parse({
        type: 'cloudtrail',
        regions: ['eu-west-1'],
        endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        strategy: 'event-names',
        eventNames: ['RunInstances'],
        extraEventNames: ['PutParameter'],
      });
      const [collector] = await cloudtrailCollectorConfig.create(entry, context);
      const result = await collector?.doCollect({
        alert: createSampleAlert(),
        window: createSampleTimeWindow(),
        abortSignal: new AbortController().signal,
        maxItems: 100,
      });
      expect(result).toEqual({ evidence: [], warnings: [] });
      expect(seen.map((request) => request.body.LookupAttributes)).toEqual([
        [{ AttributeKey: 'EventName', AttributeValue: 'RunInstances' }],
        [{ AttributeKey: 'EventName', AttributeValue: 'PutParameter' }],
      ]);
      expect(seen.every((request) => String(request.headers['x-amz-target']).endsWith('.LookupEvents'))).toBe(
        true,
      );
      expect(String(seen[0]?.headers.authorization)).toContain('/eu-west-1/cloudtrail/aws4_request');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
