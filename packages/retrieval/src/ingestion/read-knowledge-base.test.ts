import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidInputError } from '@triagekit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readKnowledgeBase } from './read-knowledge-base.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-ingest-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function write(path: string, content: string): Promise<void> {
  await mkdir(join(directory, path, '..'), { recursive: true });
  await writeFile(join(directory, path), content);
}

describe('readKnowledgeBase', () => {
  it('reads the fixture knowledge base: ids from paths, titles and metadata from front matter', async () => {
    const knowledgeBase = fileURLToPath(new URL('../__fixtures__/knowledge-base/', import.meta.url));
    const { documents, skipped, warnings } = await readKnowledgeBase([knowledgeBase]);
    expect(skipped).toEqual([]);
    expect(warnings).toEqual([]);
    expect(documents.map((document) => document.id)).toContain('runbooks/postgres-replication-lag');
    const postMortem = documents.find(
      (document) => document.id === 'post-mortems/2025-11-14-payments-db-pool-exhaustion',
    );
    expect(postMortem?.title).toBe('Post-mortem: payments outage from database connection pool exhaustion');
    expect(postMortem?.metadata).toMatchObject({
      kind: 'post-mortem',
      services: ['payments-api', 'postgres-payments'],
      date: '2025-11-14',
    });
    expect(postMortem?.text.startsWith('# Payments outage')).toBe(true);
  });

  it('walks folders recursively in path order, skipping hidden folders, and titles from the first heading', async () => {
    await write('kb/b.md', '# Second\n\nText B.');
    await write('kb/a/nested.markdown', 'No heading here.');
    await write('kb/.git/ignored.md', '# Ignored');
    await write('kb/node_modules/pkg/readme.md', '# Ignored too');
    await write('kb/notes.txt', 'not markdown');
    const { documents } = await readKnowledgeBase(['kb'], { cwd: directory });
    expect(documents.map((document) => [document.id, document.title, document.metadata.path])).toEqual([
      ['a/nested', 'nested', 'kb/a/nested.markdown'],
      ['b', 'Second', 'kb/b.md'],
    ]);
  });

  it('skips empty, huge, binary and badly fronted files with their reasons, reading the rest', async () => {
    await write('kb/good.md', '# Good\n\nText.');
    await write('kb/empty.md', '---\ntitle: Empty\n---\n\n  \n');
    await write('kb/huge.md', `# Huge\n\n${'word '.repeat(400)}`);
    await write('kb/binary.md', 'PK\u0000\u0003 zip data');
    await write('kb/bad.md', '---\ntitle: Bad\nservices: {name: payments}\n---\nText');
    const { documents, skipped } = await readKnowledgeBase(['kb'], {
      cwd: directory,
      maxDocumentCharacters: 1000,
    });
    expect(documents.map((document) => document.id)).toEqual(['good']);
    expect(skipped).toEqual([
      {
        source: 'kb/bad.md',
        reason: 'line 3 (services): expected a string or a list of strings, got a mapping',
      },
      { source: 'kb/binary.md', reason: 'is binary, not Markdown text' },
      {
        source: 'kb/empty.md',
        reason: 'is empty: it has no text after its front matter, so there is nothing to search',
      },
      { source: 'kb/huge.md', reason: 'is 2008 characters long, above the limit of 1000' },
    ]);
  });

  it('reads JSONL line by line, skipping bad lines with file:line, folding extra keys into metadata', async () => {
    await write(
      'corpus.jsonl',
      [
        JSON.stringify({
          id: 'etcd/NoLeader',
          title: 'etcd no leader',
          text: '# etcdNoLeader\n\nNo leader.',
          component: 'etcd',
        }),
        '',
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'no-text', title: 'No text' }),
        JSON.stringify({ id: 'blank', text: '  ' }),
        JSON.stringify({
          id: 7,
          text: '# From heading\n\nBody.',
          metadata: { services: ['a'], component: 'override' },
        }),
        JSON.stringify({ id: 'bad-metadata', text: 'x', metadata: { nested: { a: 1 } } }),
        JSON.stringify(['not', 'an', 'object']),
      ].join('\n'),
    );
    const { documents, skipped } = await readKnowledgeBase(['corpus.jsonl'], { cwd: directory });
    expect(documents).toEqual([
      {
        id: 'etcd/NoLeader',
        title: 'etcd no leader',
        text: '# etcdNoLeader\n\nNo leader.',
        metadata: { component: 'etcd', path: 'corpus.jsonl:1' },
      },
      {
        id: '7',
        title: 'From heading',
        text: '# From heading\n\nBody.',
        metadata: { services: ['a'], component: 'override', path: 'corpus.jsonl:6' },
      },
    ]);
    expect(skipped.map((item) => item.source)).toEqual([
      'corpus.jsonl:3',
      'corpus.jsonl:4',
      'corpus.jsonl:5',
      'corpus.jsonl:7',
      'corpus.jsonl:8',
    ]);
    expect(skipped[0]?.reason).toMatch(/^not valid JSON/);
    expect(skipped[1]?.reason).toBe('document "no-text": "text" must be a string');
    expect(skipped[2]?.reason).toBe('document "blank" is empty: "text" has nothing to search');
    expect(skipped[3]?.reason).toContain('metadata "nested"');
    expect(skipped[4]?.reason).toContain('expected a JSON object');
  });

  it('keeps the last definition of a duplicate id, with a warning naming both places', async () => {
    await write('kb/disk.md', '---\nid: disk\n---\n# Disk from Markdown');
    await write('more.jsonl', JSON.stringify({ id: 'disk', title: 'Disk from JSONL', text: 'Newer text.' }));
    const { documents, warnings } = await readKnowledgeBase(['kb', 'more.jsonl'], { cwd: directory });
    expect(documents.map((document) => document.title)).toEqual(['Disk from JSONL']);
    expect(warnings).toEqual([
      'Duplicate id "disk": more.jsonl:1 replaces kb/disk.md (the last definition wins).',
    ]);
  });

  it('throws InvalidInputError for a missing path or an unsupported file, and warns about a folder without Markdown', async () => {
    await expect(readKnowledgeBase(['missing'], { cwd: directory })).rejects.toThrow(
      /knowledge base path missing:\n.*does not exist/,
    );
    await write('notes.txt', 'x');
    const error = await readKnowledgeBase(['notes.txt'], { cwd: directory }).catch(
      (caught: unknown) => caught,
    );
    expect(InvalidInputError.isInstance(error)).toBe(true);
    await mkdir(join(directory, 'empty'));
    expect((await readKnowledgeBase(['empty'], { cwd: directory })).warnings[0]).toContain(
      'holds no Markdown files',
    );
  });
});
