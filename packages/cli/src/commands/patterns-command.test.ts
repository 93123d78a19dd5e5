import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliInMemory } from '../__fixtures__/run-cli-in-memory.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-patterns-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

function patterns(argv: string[], stdinLines: readonly string[] = []) {
  return runCliInMemory(['patterns', ...argv], { cwd: directory, stdinLines });
}

const lines = [
  '2026-03-04T14:10:00.000Z INFO checkout: request served in 12ms for user 1041',
  '2026-03-04T14:10:01.000Z INFO checkout: request served in 97ms for user 77',
  '2026-03-04T14:10:02.000Z ERROR checkout: upstream payments timed out after 5003ms',
  '2026-03-04T14:10:03.000Z INFO checkout: request served in 15ms for user 5',
  '2026-03-04T14:10:04.000Z ERROR checkout: upstream payments timed out after 5011ms',
  'java.lang.IllegalStateException: pool closed',
  '\tat com.example.Pool.get(Pool.java:42)',
  '2026-03-04T14:10:05.000Z WARN checkout: retrying charge ch_8f3a password=hunter2-secret',
];

describe('triagekit patterns', () => {
  it('prints one JSON object per input line, in input order, with line, pattern and template', async () => {
    await writeFile(join(directory, 'app.log'), `${lines.join('\n')}\n`);
    const { code, stdout } = await patterns(['app.log', '--json']);
    expect(code).toBe(0);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const row of rows) expect(Object.keys(row)).toEqual(['line', 'pattern', 'template']);
    expect(rows[0].pattern).toBe(rows[1].pattern);
    expect(rows[0].pattern).toBe(rows[3].pattern);
    expect(rows[2].pattern).toBe(rows[4].pattern);
    expect(rows[0].pattern).not.toBe(rows[2].pattern);
    expect(rows[0].template).toContain('<*>');
    expect(rows[0].pattern).toMatch(/^pat_[0-9a-f]{12}$/);
    expect(stdout).not.toContain('hunter2-secret');
  });

  it('reads standard input and gzip files the same way', async () => {
    await writeFile(join(directory, 'app.log.gz'), gzipSync(`${lines.join('\n')}\n`));
    const fromGzip = await patterns(['app.log.gz', '--json']);
    const fromStdin = await patterns(['-', '--json'], lines);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromGzip.stdout);
  });

  it('packs to a token budget: tokens, shown lines and text', async () => {
    const { code, stdout } = await patterns(['-', '--pack', '--budget', '300', '--json'], lines);
    expect(code).toBe(0);
    const packed = JSON.parse(stdout);
    expect(Object.keys(packed)).toEqual(['tokens', 'shownLines', 'text']);
    expect(packed.tokens).toBeLessThanOrEqual(300);
    expect(packed.shownLines).toContain(3);
    expect(packed.text).toContain('L3: ');
    expect(packed.text).not.toContain('hunter2-secret');
  });

  it('prints a readable table without --json, and rejects a bad budget or a missing file', async () => {
    const table = await patterns(['-'], lines);
    expect(table.stdout).toMatch(/^8 lines, \d+ patterns/);
    expect(table.stdout).toContain('count');
    const bad = await patterns(['-', '--pack', '--budget', 'lots'], lines);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--budget: must be a positive integer, got "lots"');
    const missing = await patterns(['nope.log', '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('does not exist');
  });

  it('refuses to wait on a terminal for standard input', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    const { code, stderr } = await runCliInMemory(['patterns'], { cwd: directory, stdin: terminal });
    expect(code).toBe(2);
    expect(stderr).toContain('is a terminal, not a log stream');
  });

  it('handles empty input, binary garbage and a 1 MB line without failing', async () => {
    expect((await patterns(['-', '--json'], [])).stdout).toBe('');
    await writeFile(
      join(directory, 'junk.log'),
      Buffer.concat([Buffer.from([0, 255, 254, 10]), Buffer.from(`${'x'.repeat(1_000_000)}\n`)]),
    );
    const junk = await patterns(['junk.log', '--json']);
    expect(junk.code).toBe(0);
    expect(junk.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});
