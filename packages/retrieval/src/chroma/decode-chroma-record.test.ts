import type { StoredDocumentV1 } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { decodeChromaRecord } from './decode-chroma-record.js';
import { encodeChromaMetadata } from './encode-chroma-metadata.js';

describe('decodeChromaRecord', () => {
  it('round-trips what encodeChromaMetadata wrote, including awkward arrays', () => {
    const original: StoredDocumentV1 = {
      id: 'post-mortem-dns',
      title: 'Post-mortem: DNS | resolution',
      text: 'Lookups timed out.',
      metadata: {
        kind: 'post-mortem',
        services: ['payments|api', 'a=b', '', 'ingress'],
        alerts: [],
        single: [''],
        severity: 3,
        resolved: true,
        'team:owner': 'platform',
        note: '@not-a-key',
      },
    };
    const { metadata } = encodeChromaMetadata(original, 'documents[0]');
    const decoded = decodeChromaRecord({ id: original.id, text: original.text, metadata });
    expect(decoded).toEqual({ document: original, warnings: [] });
  });

  it('decodes records written by other tools: no title, no text, native string lists', () => {
    const decoded = decodeChromaRecord({ id: 'x', text: null, metadata: { tags: ['a', 'b'], n: 1 } });
    expect(decoded).toEqual({
      document: { id: 'x', title: '', text: '', metadata: { tags: ['a', 'b'], n: 1 } },
      warnings: [],
    });
    expect(decodeChromaRecord({ id: 'y', text: 't', metadata: null }).document.metadata).toEqual({});
  });

  it('leaves out what it cannot read, with a warning naming record and key', () => {
    const decoded = decodeChromaRecord({
      id: 'z',
      text: 't',
      metadata: {
        '@list:services': 'not json',
        '@list:alerts': '[1]',
        sparse: { indices: [1], values: [0.5] },
      },
    });
    expect(decoded.document.metadata).toEqual({});
    expect(decoded.warnings).toEqual([
      'Chroma record "z": "@list:services" is not a JSON array of strings; left out.',
      'Chroma record "z": "@list:alerts" is not a JSON array of strings; left out.',
      'Chroma record "z": metadata "sparse" has an unsupported value; left out.',
    ]);
  });
});
