import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InvalidInputError } from '@triagekit/core';
import { createEmbeddedVectorStore } from '@triagekit/retrieval';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerIndexCommand } from './index-command.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-index-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Runs `triagekit index ...` in-process, mapping errors to exit codes as the CLI does. */
async function index(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    cwd: directory,
    abortSignal: new AbortController().signal,
    stdin: Readable.from([]),
  };
  const program = new Command('triagekit')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerIndexCommand(program, io);
  try {
    await program.parseAsync(['index', ...argv], { from: 'user' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return { code: 2, stdout, stderr: stderr + error.message };
    if (error instanceof Error && 'exitCode' in error) return { code: 2, stdout, stderr };
    throw error;
  }
}

const diskRunbook = `---
title: Disk full on a node
services: [storage]
alerts: [NodeDiskFull]
---

# Disk full

## Meaning

Writes fail with "no space left on device".

## Mitigation

Delete rotated logs and expand the volume.
`;

describe('triagekit index', () => {
  it('indexes a Markdown folder and a JSONL file, printing counts, and the store answers queries', async () => {
    await mkdir(join(directory, 'kb', 'storage'), { recursive: true });
    await writeFile(join(directory, 'kb', 'storage', 'disk-full.md'), diskRunbook);
    await writeFile(
      join(directory, 'extra.jsonl'),
      `${JSON.stringify({ id: 'dns', title: 'DNS failures', text: 'Lookups time out after a CoreDNS change.' })}\n`,
    );
    const { code, stdout } = await index(['kb', 'extra.jsonl', '--store', 'store', '--json']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ documents: 2, skipped: [], warnings: [], store: { documents: 2 } });
    expect(summary.chunks).toBeGreaterThanOrEqual(2);
    const store = createEmbeddedVectorStore({ directory: join(directory, 'store'), createIfMissing: false });
    const result = await store.doQuery({ text: 'no space left on device', topK: 1 });
    expect(result.matches[0]?.document.id).toBe('storage/disk-full');
    expect(result.matches[0]?.document.metadata.services).toEqual(['storage']);
  });

  it('replaces documents indexed again under the same id instead of adding copies', async () => {
    await writeFile(
      join(directory, 'kb.jsonl'),
      `${JSON.stringify({ id: 'a', title: 'Old title', text: 'old text about disks' })}\n`,
    );
    await index(['kb.jsonl', '--store', 'store']);
    await writeFile(
      join(directory, 'kb.jsonl'),
      `${JSON.stringify({ id: 'a', title: 'New title', text: 'new text about certificates' })}\n`,
    );
    const { code, stdout } = await index(['kb.jsonl', '--store', 'store']);
    expect(code).toBe(0);
    expect(stdout).toContain('it now holds 1 documents');
    const store = createEmbeddedVectorStore({ directory: join(directory, 'store') });
    expect((await store.getDocument('a'))?.title).toBe('New title');
  });

  it('skips bad files and lines with their reasons, indexes the rest, and refuses everything with --strict', async () => {
    await mkdir(join(directory, 'kb'));
    await writeFile(join(directory, 'kb', 'good.md'), diskRunbook);
    await writeFile(join(directory, 'kb', 'bad.md'), '---\ntitle: Broken\nservices: {a: 1}\n---\nText\n');
    await writeFile(join(directory, 'kb', 'empty.md'), '---\ntitle: Nothing here\n---\n\n');
    await writeFile(join(directory, 'lines.jsonl'), `{"id": "x", "title": "X", "text": "fine"}\nnot json\n`);
    const lenient = await index(['kb', 'lines.jsonl', '--store', 'store']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('Indexed 2 documents');
    expect(lenient.stdout).toContain('Skipped 3:');
    expect(lenient.stdout).toMatch(
      /kb\/bad\.md: line 3 \(services\): expected a string or a list of strings/,
    );
    expect(lenient.stdout).toContain('kb/empty.md: is empty');
    expect(lenient.stdout).toContain('lines.jsonl:2: not valid JSON');
    const strict = await index(['kb', '--store', 'strict-store', '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('kb/bad.md');
    expect(await readdir(directory)).not.toContain('strict-store');
  });

  it('warns about duplicate ids and keeps the last definition', async () => {
    await writeFile(
      join(directory, 'dupes.jsonl'),
      [
        JSON.stringify({ id: 'same', title: 'First', text: 'first text' }),
        JSON.stringify({ id: 'same', title: 'Second', text: 'second text' }),
      ].join('\n'),
    );
    const { code, stdout } = await index(['dupes.jsonl', '--store', 'store']);
    expect(code).toBe(0);
    expect(stdout).toContain('Warning: Duplicate id "same": dupes.jsonl:2 replaces dupes.jsonl:1');
    const store = createEmbeddedVectorStore({ directory: join(directory, 'store') });
    expect((await store.getDocument('same'))?.title).toBe('Second');
  });

  it('exits 2 for a missing path, an unsupported file or nothing to index', async () => {
    const missing = await index(['nope', '--store', 'store']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
    await writeFile(join(directory, 'notes.txt'), 'plain text');
    const unsupported = await index(['notes.txt', '--store', 'store']);
    expect(unsupported.code).toBe(2);
    expect(unsupported.stderr).toContain('neither a directory, a .jsonl file nor a Markdown file');
    await mkdir(join(directory, 'empty-folder'));
    const nothing = await index(['empty-folder', '--store', 'store']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('holds no documents');
    const noStore = await index(['empty-folder']);
    expect(noStore.code).toBe(2);
  });
});
