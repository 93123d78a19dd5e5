import { describe, expect, it } from 'vitest';
import { type ChromaQueryRow, toVectorStoreQueryResult } from './to-vector-store-query-result.js';

function row(entries: readonly [id: string, distance: number | null][]): ChromaQueryRow {
  return {
    ids: entries.map(([id]) => id),
    distances: entries.map(([, distance]) => distance),
    documents: entries.map(([id]) => `text of ${id}`),
    metadatas: entries.map(([id]) => ({ '@title': `Title ${id}`, kind: 'runbook' })),
  };
}

describe('toVectorStoreQueryResult', () => {
  it('scores by cosine similarity, best first, with decoded documents', () => {
    const result = toVectorStoreQueryResult(
      row([
        ['b', 0.6],
        ['a', 0.2],
      ]),
      { topK: 5, minimumRelevance: 0.3 },
    );
    expect(result.matches.map((match) => [match.document.id, match.score, match.relevance])).toEqual([
      ['a', 0.8, 0.8],
      ['b', 0.4, 0.4],
    ]);
    expect(result.matches[0]?.document).toEqual({
      id: 'a',
      title: 'Title a',
      text: 'text of a',
      metadata: { kind: 'runbook' },
    });
    expect(result.confident).toBe(true);
    expect(result.warnings).toBeUndefined();
  });

  it('leaves out neighbours with no similarity and is not confident below the threshold', () => {
    const result = toVectorStoreQueryResult(
      row([
        ['close', 0.9],
        ['orthogonal', 1],
        ['opposite', 1.8],
      ]),
      {
        topK: 5,
        minimumRelevance: 0.3,
      },
    );
    expect(result.matches.map((match) => match.document.id)).toEqual(['close']);
    expect(result.matches[0]?.relevance).toBeCloseTo(0.1, 12);
    expect(result.confident).toBe(false);
  });

  it('breaks ties by id and keeps at most topK', () => {
    const result = toVectorStoreQueryResult(
      row([
        ['c', 0.5],
        ['a', 0.5],
        ['b', 0.5],
      ]),
      { topK: 2, minimumRelevance: 0 },
    );
    expect(result.matches.map((match) => match.document.id)).toEqual(['a', 'b']);
  });

  it('is confident when the best relevance equals the threshold exactly', () => {
    expect(toVectorStoreQueryResult(row([['a', 0.5]]), { topK: 1, minimumRelevance: 0.5 }).confident).toBe(
      true,
    );
  });

  it('warns about records without a usable distance or with unreadable metadata', () => {
    const result = toVectorStoreQueryResult(
      {
        ids: ['a', 'b'],
        distances: [null, 0.1],
        documents: ['x', 'y'],
        metadatas: [{}, { '@list:services': '{' }],
      },
      { topK: 5, minimumRelevance: 0.3 },
    );
    expect(result.matches.map((match) => match.document.id)).toEqual(['b']);
    expect(result.warnings).toEqual([
      'Chroma returned record "a" without a usable distance; left out.',
      'Chroma record "b": "@list:services" is not a JSON array of strings; left out.',
    ]);
  });

  it('returns no matches and no confidence for an empty answer', () => {
    expect(toVectorStoreQueryResult(row([]), { topK: 3, minimumRelevance: 0.3 })).toEqual({
      matches: [],
      confident: false,
    });
  });
});
