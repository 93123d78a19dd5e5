import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { frontMatterToMetadata } from './front-matter-to-metadata.js';

const fields = (entries: Record<string, unknown>) =>
  new Map(Object.entries(entries).map(([key, value], index) => [key, { value, line: index + 2 }]));

describe('frontMatterToMetadata', () => {
  it('maps the known keys, normalises lists and kinds, and keeps other scalar keys', () => {
    const header = frontMatterToMetadata(
      fields({
        id: 'payments/latency',
        title: 'Payments latency',
        kind: 'Postmortem',
        services: 'payments-api',
        alerts: ['PaymentsApiLatencyHigh', 42],
        resolution: 'Rolled back',
        severity: 'critical',
        url: 'https://runbooks.example.com/latency',
        owner: 'team-payments',
        pages: true,
        empty: null,
      }),
      'kb/latency.md',
    );
    expect(header).toEqual({
      id: 'payments/latency',
      title: 'Payments latency',
      metadata: {
        kind: 'post-mortem',
        services: ['payments-api'],
        alerts: ['PaymentsApiLatencyHigh', '42'],
        resolution: 'Rolled back',
        severity: 'critical',
        url: 'https://runbooks.example.com/latency',
        owner: 'team-payments',
        pages: true,
      },
    });
  });

  it('defaults kind to runbook', () => {
    expect(frontMatterToMetadata(new Map(), 'x.md')).toEqual({ metadata: { kind: 'runbook' } });
  });

  it('lists every invalid key with its line and what was expected', () => {
    let error: unknown;
    try {
      frontMatterToMetadata(
        fields({ title: { a: 1 }, kind: 'playbook', services: [{ name: 'a' }], extra: { nested: true } }),
        'kb/x.md',
      );
    } catch (caught) {
      error = caught;
    }
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues).toEqual([
      { path: 'line 2 (title)', message: 'expected a string, got a mapping' },
      { path: 'line 3 (kind)', message: 'expected "runbook" or "post-mortem", got "playbook"' },
      {
        path: 'line 4 (services)',
        message: 'expected a string or a list of strings, got a list with other things than strings',
      },
      {
        path: 'line 5 (extra)',
        message: 'expected a string, number, boolean or list of strings, got a mapping',
      },
    ]);
    expect((error as Error).message).toContain('front matter of kb/x.md');
  });
});
