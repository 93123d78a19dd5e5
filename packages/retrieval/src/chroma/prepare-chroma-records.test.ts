import { InvalidInputError, type StoredDocumentV1 } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { prepareChromaRecords } from './prepare-chroma-records.js';

const disk: StoredDocumentV1 = {
  id: 'disk',
  title: 'Disk full',
  text: 'df -h',
  metadata: { services: ['storage'] },
};

describe('prepareChromaRecords', () => {
  it('encodes each document and embeds title and text together', () => {
    expect(prepareChromaRecords([disk])).toEqual([
      {
        id: 'disk',
        text: 'df -h',
        metadata: { '@title': 'Disk full', '@list:services': '["storage"]', '@has:services=storage': true },
        embeddingText: 'Disk full\ndf -h',
      },
    ]);
  });

  it('keeps the later of two documents with the same id', () => {
    const records = prepareChromaRecords([
      disk,
      { id: 'other', title: 'O', text: 'o', metadata: {} },
      { ...disk, text: 'new' },
    ]);
    expect(records.map((record) => [record.id, record.text])).toEqual([
      ['disk', 'new'],
      ['other', 'o'],
    ]);
  });

  it('accepts empty and huge texts', () => {
    const huge = 'x'.repeat(2_000_000);
    const records = prepareChromaRecords([
      { id: 'empty', title: '', text: '', metadata: {} },
      { id: 'huge', title: 'Huge', text: huge, metadata: {} },
    ]);
    expect(records.map((record) => record.text.length)).toEqual([0, 2_000_000]);
  });

  it('lists every problem of every document in one InvalidInputError', () => {
    const error = (() => {
      try {
        prepareChromaRecords([
          { id: '', title: 'T', text: 't', metadata: {} },
          { id: 'a', title: 'T', text: 5 as unknown as string, metadata: { '@x': 1 } },
          null as unknown as StoredDocumentV1,
        ]);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual([
      'documents[0].id',
      'documents[1].text',
      'documents[1].metadata["@x"]',
      'documents[2]',
    ]);
  });

  it('rejects something that is not an array', () => {
    expect(() => prepareChromaRecords('nope' as unknown as StoredDocumentV1[])).toThrow(
      /must be an array of documents/,
    );
  });
});
