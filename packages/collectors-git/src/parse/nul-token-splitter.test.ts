import { describe, expect, it } from 'vitest';
import { NulTokenSplitter } from './nul-token-splitter.js';

function splitInChunks(bytes: Buffer, chunkSize: number): { tokens: string[]; rest: string | null } {
  const splitter = new NulTokenSplitter();
  const tokens: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    tokens.push(...splitter.push(bytes.subarray(offset, offset + chunkSize)));
  }
  return { tokens, rest: splitter.end() };
}

describe('NulTokenSplitter', () => {
  const input = Buffer.from('first\0zweite Zeile: grüße 🚀\0\0k8s/paiements/déploiement.yaml\0tail', 'utf8');

  it('splits on NUL bytes, keeps empty tokens, and returns what follows the last NUL at the end', () => {
    expect(splitInChunks(input, input.length)).toEqual({
      tokens: ['first', 'zweite Zeile: grüße 🚀', '', 'k8s/paiements/déploiement.yaml'],
      rest: 'tail',
    });
  });

  it('gives the same tokens whatever the chunk boundaries, multi-byte characters cut in two included', () => {
    const whole = splitInChunks(input, input.length);
    for (const size of [1, 2, 3, 5, 7]) expect(splitInChunks(input, size)).toEqual(whole);
  });

  it('returns null at the end when the input ended with a NUL', () => {
    expect(splitInChunks(Buffer.from('a\0b\0'), 3)).toEqual({ tokens: ['a', 'b'], rest: null });
  });

  it('replaces bytes that are not UTF-8 instead of failing', () => {
    expect(splitInChunks(Buffer.from([0x6b, 0xff, 0x00]), 1).tokens).toEqual(['k\uFFFD']);
  });
});
