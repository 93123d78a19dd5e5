import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { InvalidInputError } from '@triagekit/core';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerIndexCommand } from './index-command.js';
import { registerSearchCommand } from './search-command.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-search-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Runs `triagekit <argv>` in-process with the index and search commands, mapping errors to exit codes. */
async function cli(
  argv: string[],
  stdinLines: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
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
    stdin: Readable.from(stdinLines.map((line) => `${line}\n`)),
  };
  const program = new Command('triagekit')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerIndexCommand(program, io);
  registerSearchCommand(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return { code: 2, stdout, stderr: stderr + error.message };
    if (error instanceof Error && 'exitCode' in error) return { code: 2, stdout, stderr };
    throw error;
  }
}

const knowledgeBase = fileURLToPath(
  new URL('../../../retrieval/src/__fixtures__/knowledge-base/', import.meta.url),
);

async function indexFixtures(): Promise<void> {
  await cp(knowledgeBase, join(directory, 'kb'), { recursive: true });
  const { code } = await cli(['index', 'kb', '--store', 'store']);
  expect(code).toBe(0);
}

const crashQuery =
  'Pod checkout-api-5b8f7c9d4-kq7zt is in CrashLoopBackOff: container restarted 7 times, last exit code 137';
const gibberish = 'zqxv wlorp fnagh ktchb';

describe('triagekit search', () => {
  it('prints {matches: [{id, title, score, relevance}], confident} for one query with --json', async () => {
    await indexFixtures();
    const { code, stdout } = await cli(['search', crashQuery, '--store', 'store', '--top', '3', '--json']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] as string);
    expect(result.confident).toBe(true);
    expect(result.matches.length).toBeLessThanOrEqual(3);
    expect(result.matches[0]).toMatchObject({
      id: 'runbooks/kube-pod-crash-looping',
      title: 'Pod is crash looping',
    });
    for (const match of result.matches) {
      expect(Object.keys(match)).toEqual(expect.arrayContaining(['id', 'title', 'score', 'relevance']));
      expect(match.relevance).toBeGreaterThanOrEqual(0);
      expect(match.relevance).toBeLessThanOrEqual(1);
      expect(match.id).not.toContain('#');
    }
    const scores = result.matches.map((match: { score: number }) => match.score);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
  });

  it('answers a --queries file with one line per query, in order, and says when nothing fits', async () => {
    await indexFixtures();
    const queries = [
      'Postgres replica is 45 seconds behind the primary; reads are stale',
      gibberish,
      'TLS certificate for checkout.example.com expires in 6 days',
    ];
    await writeFile(
      join(directory, 'queries.jsonl'),
      `${queries.map((query) => JSON.stringify({ query })).join('\n')}\n`,
    );
    const { code, stdout } = await cli([
      'search',
      '--queries',
      'queries.jsonl',
      '--store',
      'store',
      '--top',
      '2',
      '--json',
    ]);
    expect(code).toBe(0);
    const results = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(results).toHaveLength(3);
    expect(results[0].matches[0].id).toBe('runbooks/postgres-replication-lag');
    expect(results[0].confident).toBe(true);
    expect(results[1]).toEqual({ matches: [], confident: false });
    expect(results[2].matches[0].id).toBe('runbooks/tls-certificate-expiring');
    const fromStdin = await cli(
      ['search', '--queries', '-', '--store', 'store', '--top', '2', '--json'],
      queries.map((query) => JSON.stringify({ query })),
    );
    expect(fromStdin.stdout).toBe(stdout);
  });

  it('filters on metadata and prints a readable table without --json', async () => {
    await indexFixtures();
    const postMortems = await cli([
      'search',
      'payments connection pool exhausted',
      '--store',
      'store',
      '--filter',
      'kind=post-mortem',
      '--json',
    ]);
    const ids = JSON.parse(postMortems.stdout).matches.map((match: { id: string }) => match.id);
    expect(ids[0]).toBe('post-mortems/2025-11-14-payments-db-pool-exhaustion');
    expect(ids.every((id: string) => id.startsWith('post-mortems/'))).toBe(true);
    const table = await cli(['search', crashQuery, '--store', 'store']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('relevance');
    expect(table.stdout).toMatch(
      / 1 {2}\d\.\d\d .*runbooks\/kube-pod-crash-looping {2,}Pod is crash looping/,
    );
    const none = await cli(['search', gibberish, '--store', 'store']);
    expect(none.stdout).toContain('No confident match');
  });

  it('exits 2 when the store is missing, telling to run triagekit index first', async () => {
    const { code, stderr } = await cli(['search', 'disk full', '--store', 'no-store']);
    expect(code).toBe(2);
    expect(stderr).toContain('triagekit index');
    await mkdir(join(directory, 'empty-dir'));
    const empty = await cli(['search', 'disk full', '--store', 'empty-dir', '--json']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('triagekit index');
  });

  it('exits 2 on bad usage: no text and no --queries, both, a bad --top, a bad queries line', async () => {
    await indexFixtures();
    expect((await cli(['search', '--store', 'store'])).code).toBe(2);
    await writeFile(join(directory, 'q.jsonl'), '{"query": "disk"}\n{"text": "wrong key"}\n');
    expect((await cli(['search', 'disk', '--queries', 'q.jsonl', '--store', 'store'])).code).toBe(2);
    const top = await cli(['search', 'disk', '--store', 'store', '--top', 'many']);
    expect(top.code).toBe(2);
    expect(top.stderr).toContain('--top: must be a positive integer, got "many"');
    const badLine = await cli(['search', '--queries', 'q.jsonl', '--store', 'store', '--json']);
    expect(badLine.code).toBe(2);
    expect(badLine.stderr).toContain('line 2: expected {"query": "<text>"}');
    expect(badLine.stdout).toBe('');
  });
});
