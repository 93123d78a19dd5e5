import { describe, expect, it } from 'vitest';
import { createLineProgress, type LineLimits, splitLines } from './split-lines.js';

const generous: LineLimits = { maxBytes: 1_000_000, maxLines: 1_000_000, maxLineBytes: 100_000 };

async function split(chunks: string[], limits: LineLimits = generous) {
  async function* source() {
    for (const chunk of chunks) yield Buffer.from(chunk, 'utf8');
  }
  const progress = createLineProgress();
  const lines: string[] = [];
  for await (const line of splitLines(source(), limits, progress)) lines.push(line);
  return { lines, progress };
}

describe('splitLines', () => {
  it('splits across chunk boundaries, strips CRLF and keeps a last line without a newline', async () => {
    const { lines, progress } = await split(['first li', 'ne\r\nsecond\n\nthi', 'rd']);
    expect(lines).toEqual(['first line', 'second', '', 'third']);
    expect(progress).toMatchObject({ lines: 4, stoppedBy: null, cutLines: 0 });
  });

  it('decodes a multi-byte character split between chunks', async () => {
    const bytes = Buffer.from('café\n', 'utf8');
    async function* source() {
      yield bytes.subarray(0, 4);
      yield bytes.subarray(4);
    }
    const lines: string[] = [];
    for await (const line of splitLines(source(), generous, createLineProgress())) lines.push(line);
    expect(lines).toEqual(['café']);
  });

  it('stops at maxLines and at maxBytes, dropping the line cut in the middle', async () => {
    const byLines = await split(['a\nb\nc\nd\n'], { ...generous, maxLines: 2 });
    expect(byLines.lines).toEqual(['a', 'b']);
    expect(byLines.progress.stoppedBy).toBe('maxLines');
    const byBytes = await split(['aaaa\nbbbb\ncccc\n'], { ...generous, maxBytes: 12 });
    expect(byBytes.lines).toEqual(['aaaa', 'bbbb']);
    expect(byBytes.progress).toMatchObject({ stoppedBy: 'maxBytes', bytes: 12 });
  });

  it('reports no limit when the input ends exactly at it', async () => {
    const { progress } = await split(['a\nb\n'], { ...generous, maxLines: 2, maxBytes: 4 });
    expect(progress.stoppedBy).toBeNull();
  });

  it('cuts overlong lines without buffering the rest of them', async () => {
    const { lines, progress } = await split(['x'.repeat(50), 'y'.repeat(50), '\nshort\n'], {
      ...generous,
      maxLineBytes: 60,
    });
    expect(lines).toEqual([`${'x'.repeat(50)}${'y'.repeat(10)}`, 'short']);
    expect(progress.cutLines).toBe(1);
  });
});
