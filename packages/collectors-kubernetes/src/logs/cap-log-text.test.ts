import { describe, expect, it } from 'vitest';
import { capLogText } from './cap-log-text.js';

describe('capLogText', () => {
  it('keeps everything under the caps, without a trailing empty line', () => {
    expect(capLogText('a\nb\n', { limitBytes: 100, tailLines: 10 })).toEqual({
      lines: ['a', 'b'],
      bytes: 4,
      reachedByteLimit: false,
      droppedLines: 0,
    });
  });

  it('keeps the first limitBytes bytes, then the last tailLines lines', () => {
    const text = 'line-1\nline-2\nline-3\nline-4\n';
    expect(capLogText(text, { limitBytes: 17, tailLines: 2 })).toEqual({
      lines: ['line-2', 'lin'],
      bytes: 17,
      reachedByteLimit: true,
      droppedLines: 1,
    });
  });

  it('counts bytes, not characters', () => {
    const capped = capLogText('ééé\n', { limitBytes: 4, tailLines: 10 });
    expect(capped.bytes).toBe(4);
    expect(capped.lines).toEqual(['éé']);
  });
});
