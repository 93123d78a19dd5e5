import type { StoredDocumentV1 } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { matchesFilter } from './matches-filter.js';

const document: StoredDocumentV1 = {
  id: 'runbook',
  title: 'Runbook',
  text: 'text',
  metadata: { kind: 'runbook', services: ['payments-api', 'checkout'], priority: 2, paging: true },
};

describe('matchesFilter', () => {
  it('uses equality on scalars and membership on arrays, every key having to match', () => {
    expect(matchesFilter(document, undefined)).toBe(true);
    expect(matchesFilter(document, { kind: 'runbook' })).toBe(true);
    expect(matchesFilter(document, { kind: 'post-mortem' })).toBe(false);
    expect(matchesFilter(document, { services: 'checkout' })).toBe(true);
    expect(matchesFilter(document, { services: 'orders' })).toBe(false);
    expect(matchesFilter(document, { priority: 2, paging: true })).toBe(true);
    expect(matchesFilter(document, { priority: '2' })).toBe(false);
    expect(matchesFilter(document, { kind: 'runbook', services: 'orders' })).toBe(false);
  });

  it('never matches a key the document does not have, inherited properties included', () => {
    expect(matchesFilter(document, { team: 'platform' })).toBe(false);
    expect(matchesFilter(document, { constructor: 'Object' })).toBe(false);
  });
});
