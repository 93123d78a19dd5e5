import { describe, expect, it } from 'vitest';
import { summarizeRequestParameters } from './summarize-request-parameters.js';

describe('summarizeRequestParameters', () => {
  it('keeps small parameters as compact JSON', () => {
    expect(summarizeRequestParameters({ functionName: 'payments-authorizer', timeout: 3 })).toBe(
      '{"functionName":"payments-authorizer","timeout":3}',
    );
  });

  it('cuts long strings, long arrays and deep nesting', () => {
    const summary = summarizeRequestParameters({
      policyDocument: 'p'.repeat(500),
      instancesSet: { items: Array.from({ length: 8 }, (_, index) => ({ instanceId: `i-${index}` })) },
      a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } },
    });
    expect(JSON.parse(summary ?? '')).toEqual({
      policyDocument: `${'p'.repeat(199)}…`,
      instancesSet: {
        items: [
          { instanceId: 'i-0' },
          { instanceId: 'i-1' },
          { instanceId: 'i-2' },
          { instanceId: 'i-3' },
          { instanceId: 'i-4' },
          '…+3 more',
        ],
      },
      a: { b: { c: { d: { e: { f: { g: { h: '{1 fields}' } } } } } } },
    });
  });

  it('cuts the whole summary to maxLength characters', () => {
    const summary = summarizeRequestParameters(
      { names: Array.from({ length: 5 }, () => 'x'.repeat(150)) },
      100,
    );
    expect(summary).toHaveLength(100);
    expect(summary?.endsWith('…')).toBe(true);
  });

  it('returns nothing for absent or empty parameters', () => {
    expect(summarizeRequestParameters(null)).toBeUndefined();
    expect(summarizeRequestParameters(undefined)).toBeUndefined();
    expect(summarizeRequestParameters({})).toBeUndefined();
  });
});
