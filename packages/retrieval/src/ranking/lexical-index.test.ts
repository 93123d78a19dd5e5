import type { StoredDocumentV1 } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../chunking/chunk-document.js';
import { analyzeChunkFields } from './analyze-chunk-fields.js';
import { LexicalIndex } from './lexical-index.js';
import { DEFAULT_LEXICAL_RANKING, resolveLexicalRanking } from './lexical-ranking-options.js';

function document(
  id: string,
  title: string,
  text: string,
  metadata: StoredDocumentV1['metadata'] = {},
): StoredDocumentV1 {
  return { id, title, text, metadata };
}

function buildIndex(
  documents: StoredDocumentV1[],
  options = DEFAULT_LEXICAL_RANKING,
  maxChunkCharacters = 2000,
) {
  return new LexicalIndex(
    documents.map((entry) => {
      const chunks = chunkDocument(entry, { maxChunkCharacters });
      return { document: entry, chunks, analyzed: analyzeChunkFields(entry, chunks, options.analysis) };
    }),
    options,
  );
}

const ids = (index: LexicalIndex, result: ReturnType<LexicalIndex['search']>) =>
  result.documents.map((score) => index.documents[score.documentIndex]?.document.id);

describe('LexicalIndex', () => {
  it('counts documents, not chunks, for idf', () => {
    const long = Array.from(
      { length: 6 },
      (_, index) => `## Part ${index}\n\n${'The disk is full. '.repeat(15)}`,
    ).join('\n\n');
    const index = buildIndex(
      [document('long', 'Long', long), document('other', 'Other', 'Memory is low.')],
      DEFAULT_LEXICAL_RANKING,
      300,
    );
    expect(index.documents[0]?.chunks.length).toBeGreaterThan(3);
    expect(index.idf('disk')).toBeCloseTo(Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5)), 10);
    expect(index.idf('never-seen')).toBeGreaterThan(index.idf('disk'));
  });

  it('ranks a document named after the query above one that only repeats a word in its body', () => {
    const index = buildIndex([
      document(
        'body',
        'Storage notes',
        'Latency latency latency latency of the storage layer, latency again.',
      ),
      document('named', 'Payments latency high', 'Requests are slow; check the database.'),
      document('unrelated', 'Certificate expiry', 'Renew the certificate.'),
    ]);
    expect(ids(index, index.search('payments latency is high'))[0]).toBe('named');
  });

  it('collapses chunks to one entry per document and names the best chunk', () => {
    const text = [
      '## Meaning',
      'Pods restart in a loop.',
      '## Mitigation',
      `${'Roll back. '.repeat(30)} Check the memory limit of the container.`,
    ].join('\n\n');
    const index = buildIndex(
      [document('crash', 'Crash looping', text), document('other', 'Disk full', 'Free space.')],
      DEFAULT_LEXICAL_RANKING,
      200,
    );
    const result = index.search('memory limit of the container');
    expect(ids(index, result).filter((id) => id === 'crash')).toHaveLength(1);
    const best = result.documents[0];
    expect(index.documents[0]?.chunks[best?.bestChunk ?? -1]?.text).toContain('memory limit');
  });

  it('skips documents a filter refuses, and returns at most limit documents', () => {
    const index = buildIndex([
      document('a', 'Disk full A', 'disk full'),
      document('b', 'Disk full B', 'disk full'),
      document('c', 'Disk full C', 'disk full'),
    ]);
    expect(ids(index, index.search('disk full', { allowDocument: (position) => position !== 1 }))).toEqual([
      'a',
      'c',
    ]);
    expect(index.search('disk full', { limit: 2 }).documents).toHaveLength(2);
  });

  it('explains matches: words most informative first, word and phrase weights, title coverage', () => {
    const index = buildIndex([
      document(
        'space',
        'Node filesystem space filling up',
        'The filesystem will run out of space within hours.',
      ),
      document(
        'inodes',
        'Node filesystem inodes filling up',
        'The filesystem runs out of inodes; df -i shows it.',
      ),
      document('memory', 'Node memory pressure', 'The node is out of memory.'),
    ]);
    const result = index.search('filesystem will run out of space within 4 hours');
    const [first] = result.documents;
    expect(index.documents[first?.documentIndex ?? -1]?.document.id).toBe('space');
    expect(first?.matchedWords[0]).toBe('space');
    expect(first?.matchedWords).toEqual(
      expect.arrayContaining(['filesystem', 'run', 'out', 'within', 'hour']),
    );
    expect(first?.matchedWordWeight).toBeCloseTo(result.totalWordWeight, 10);
    expect(first?.matchedPhraseWeight).toBeGreaterThan(0);
    expect(first?.matchedPhraseWeight).toBeLessThanOrEqual(result.totalPhraseWeight);
    expect(first?.titleCoverage).toBeGreaterThan(0);
    expect(first?.titleCoverage).toBeLessThan(1);
  });

  it('re-ranks by title coverage: among similar bodies, the title the alert names wins', () => {
    const body = 'Usage on the node grows; it will run out within hours. Clean up old files.';
    const index = buildIndex([
      document('inodes', 'Node filesystem inodes filling up', `${body} Count files.`),
      document('space', 'Node filesystem space filling up', body),
    ]);
    expect(ids(index, index.search('filesystem space is filling up'))[0]).toBe('space');
    expect(ids(index, index.search('filesystem inodes are filling up'))[0]).toBe('inodes');
  });

  it('scores relative to the best document, whichever was indexed first', () => {
    const index = buildIndex([
      document('weak', 'Notes', 'The replica was mentioned once.'),
      document('other', 'Certificates', 'Renew them.'),
      document(
        'strong',
        'Replica lag',
        'The replica lags: replica replay is slow, replica behind the primary.',
      ),
    ]);
    const [best, second] = index.search('replica lag').documents;
    expect(index.documents[best?.documentIndex ?? -1]?.document.id).toBe('strong');
    expect(best?.score).toBeCloseTo(
      1 + DEFAULT_LEXICAL_RANKING.titleCoverageWeight * (best?.titleCoverage ?? 0),
      10,
    );
    expect(second?.score).toBeCloseTo(
      (second?.lexicalScore ?? 0) / (best?.lexicalScore ?? 1) +
        DEFAULT_LEXICAL_RANKING.titleCoverageWeight * (second?.titleCoverage ?? 0),
      10,
    );
  });

  it('with the plain BM25 profile, matches whole words only', () => {
    const plain = resolveLexicalRanking({
      analysis: { splitIdentifiers: false, stem: false, removeStopWords: false, phrases: false },
      separateName: false,
      titleCoverageWeight: 0,
    });
    const index = buildIndex([document('crash', 'KubePodCrashLooping', 'Pods restarting.')], plain);
    expect(index.search('crash looping').documents).toHaveLength(0);
    expect(index.search('kubepodcrashlooping').documents).toHaveLength(1);
  });
});
