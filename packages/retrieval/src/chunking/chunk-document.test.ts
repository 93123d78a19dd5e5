import { describe, expect, it } from 'vitest';
import { chunkDocument } from './chunk-document.js';

const runbook = {
  id: 'runbooks/disk-full',
  title: 'Disk full',
  text: [
    '# Disk full',
    '',
    '## Meaning',
    '',
    'Writes fail with "no space left on device".',
    '',
    '## Diagnosis',
    '',
    'Run df -h.',
  ].join('\n'),
};

describe('chunkDocument', () => {
  it('keeps small sections together in one chunk, with the title and an id of <document id>#0', () => {
    const chunks = chunkDocument(runbook);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toMatchObject({
      id: 'runbooks/disk-full#0',
      documentId: 'runbooks/disk-full',
      title: 'Disk full',
      index: 0,
    });
    expect(chunks[0]?.heading).toBe('Disk full › Meaning · Disk full › Diagnosis');
    expect(chunks[0]?.text).toBe(runbook.text);
  });

  it('cuts by heading when sections do not fit together, and never leaves a bare heading', () => {
    const long = (word: string) => `${word} `.repeat(60).trim();
    const text = [
      '# Title',
      '## First',
      long('alpha'),
      '## Empty',
      '## Second',
      long('beta'),
      '## Third',
      long('gamma'),
    ].join('\n');
    const chunks = chunkDocument({ id: 'doc', title: 'Title', text }, { maxChunkCharacters: 400 });
    expect(chunks.map((chunk) => chunk.id)).toEqual(['doc#0', 'doc#1', 'doc#2']);
    expect(chunks[0]?.text).toContain('alpha');
    expect(chunks[1]?.text).toMatch(/^## Empty\n## Second\nbeta/);
    expect(chunks[2]?.heading).toBe('Title › Third');
    for (const chunk of chunks) expect(chunk.title).toBe('Title');
  });

  it('splits a huge section at paragraphs, lines and words, every chunk within the limit', () => {
    const paragraph = 'The primary is overloaded by connection storms from the batch jobs. '.repeat(20);
    const text = `## Mitigation\n\n${Array.from({ length: 30 }, () => paragraph).join('\n\n')}\n\n${'x'.repeat(2500)}`;
    const chunks = chunkDocument({ id: 'huge', title: 'Huge', text }, { maxChunkCharacters: 1000 });
    expect(chunks.length).toBeGreaterThan(30);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(1000);
    const kept = chunks.map((chunk) => chunk.text).join('');
    expect(kept.replace(/\s/g, '').length).toBe(text.replace(/\s/g, '').length);
  });

  it('has no chunks for blank text and rejects a limit below 200', () => {
    expect(chunkDocument({ id: 'blank', title: 'Blank', text: ' \n\t\n' })).toEqual([]);
    expect(() => chunkDocument(runbook, { maxChunkCharacters: 50 })).toThrow(RangeError);
  });
});
