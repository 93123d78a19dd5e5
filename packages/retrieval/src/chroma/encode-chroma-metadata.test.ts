import type { StoredDocumentV1 } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { encodeChromaMetadata } from './encode-chroma-metadata.js';

function document(metadata: Record<string, unknown>, title = 'Disk full'): StoredDocumentV1 {
  return { id: 'runbook-disk-full', title, text: 'Delete old logs.', metadata } as StoredDocumentV1;
}

describe('encodeChromaMetadata', () => {
  it('keeps scalars under their key and the title under @title', () => {
    const { metadata, issues } = encodeChromaMetadata(
      document({ kind: 'runbook', priority: 2, ratio: 0.5, paged: false, empty: '' }),
      'documents[0]',
    );
    expect(issues).toEqual([]);
    expect(metadata).toEqual({
      '@title': 'Disk full',
      kind: 'runbook',
      priority: 2,
      ratio: 0.5,
      paged: false,
      empty: '',
    });
  });

  it('stores an array as JSON under @list: plus one @has: key per distinct value', () => {
    const { metadata } = encodeChromaMetadata(
      document({ services: ['storage', 'payments', 'storage'], alerts: [] }),
      'documents[0]',
    );
    expect(metadata).toEqual({
      '@title': 'Disk full',
      '@list:services': '["storage","payments","storage"]',
      '@has:services=storage': true,
      '@has:services=payments': true,
      '@list:alerts': '[]',
    });
  });

  it('escapes "=" and "\\" in the key part of membership keys, so pairs never collide', () => {
    const first = encodeChromaMetadata(document({ a: ['b=c'] }), 'd').metadata;
    const second = encodeChromaMetadata(document({ 'a=b': ['c'] }), 'd').metadata;
    expect(Object.keys(first)).toContain('@has:a=b=c');
    expect(Object.keys(second)).toContain('@has:a\\=b=c');
    expect(Object.keys(encodeChromaMetadata(document({ 'a\\': ['x'] }), 'd').metadata)).toContain(
      '@has:a\\\\=x',
    );
  });

  it('reports reserved and empty keys, non-finite numbers and unsupported values with their path', () => {
    const { issues } = encodeChromaMetadata(
      document({
        '@title': 'x',
        '#document': 'y',
        'chroma:document': 'z',
        $and: 'w',
        '': 1,
        score: Number.NaN,
        owner: null,
        nested: { a: 1 },
        mixed: ['a', 2],
      }),
      'documents[4]',
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      'documents[4].metadata["@title"]',
      'documents[4].metadata["#document"]',
      'documents[4].metadata["chroma:document"]',
      'documents[4].metadata["$and"]',
      'documents[4].metadata[""]',
      'documents[4].metadata["score"]',
      'documents[4].metadata["owner"]',
      'documents[4].metadata["nested"]',
      'documents[4].metadata["mixed"]',
    ]);
    expect(issues[0]?.message).toMatch(/starting with "@" are reserved/);
    expect(issues[5]?.message).toMatch(/finite, got NaN/);
    expect(issues[6]?.message).toMatch(/got null/);
    expect(issues[8]?.message).toMatch(/item 1 is 2/);
  });

  it('reports a title that is not a string', () => {
    const { issues } = encodeChromaMetadata(document({}, 42 as unknown as string), 'documents[1]');
    expect(issues).toEqual([{ path: 'documents[1].title', message: 'must be a string, got number' }]);
  });
});
