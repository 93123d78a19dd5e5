import { describe, expect, it } from 'vitest';
import { readLogfmtPairs } from './read-logfmt-pairs.js';

describe('readLogfmtPairs', () => {
  it('reads plain, quoted, escaped, empty and bare pairs', () => {
    expect(readLogfmtPairs('a=1 b="two words" c="say \\"hi\\"\\n" d= flag', 0)).toEqual({
      keys: ['a', 'b', 'c', 'd', 'flag'],
      values: ['1', 'two words', 'say "hi"\n', '', null],
    });
  });

  it('runs an unterminated quote to the end of the line', () => {
    expect(readLogfmtPairs('msg="never closed', 0)).toEqual({ keys: ['msg'], values: ['never closed'] });
  });
});
