import type { VectorStoreV1QueryResult } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { toRunbookSuggestions } from './to-runbook-suggestions.js';

const result: VectorStoreV1QueryResult = {
  confident: true,
  matches: [
    {
      document: {
        id: 'pm-1',
        title: 'Post-mortem: pool exhaustion',
        text: '...',
        metadata: {
          kind: 'post-mortem',
          resolution: 'Rolled back 2.31.0',
          url: 'https://wiki.example.com/pm-1',
        },
      },
      score: 1.2,
      relevance: 0.91,
    },
    { document: { id: 'rb-2', title: 'Latency', text: '...', metadata: {} }, score: 0.4, relevance: 0.2 },
  ],
};

describe('toRunbookSuggestions', () => {
  it('lists title, resolution and similarity, best first', () => {
    expect(toRunbookSuggestions(result)).toEqual([
      {
        id: 'pm-1',
        title: 'Post-mortem: pool exhaustion',
        kind: 'post-mortem',
        resolution: 'Rolled back 2.31.0',
        similarity: 0.91,
        url: 'https://wiki.example.com/pm-1',
      },
      { id: 'rb-2', title: 'Latency', kind: 'runbook', resolution: null, similarity: 0.2, url: null },
    ]);
  });

  it('suggests nothing when the result is not confident, unless asked to', () => {
    const unsure = { ...result, confident: false };
    expect(toRunbookSuggestions(unsure)).toEqual([]);
    expect(toRunbookSuggestions(unsure, { includeUnconfident: true })).toHaveLength(2);
  });
});
