import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher.js';

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher([
    [
      ['disk', 'full', '', 'node', 'restart'],
      ['out', 'space'],
    ],
    [['full', 'disk']],
  ]);

  it('finds adjacent pairs within a document, not across breaks or sequences', () => {
    expect(matcher.find(0, ['disk full', 'full node', 'restart out', 'out space'])).toEqual(
      new Set(['disk full', 'out space']),
    );
    expect(matcher.find(1, ['disk full', 'full disk'])).toEqual(new Set(['full disk']));
  });

  it('finds nothing for unknown words, no phrases or an unknown document', () => {
    expect(matcher.find(0, ['memory leak'])).toEqual(new Set());
    expect(matcher.find(0, [])).toEqual(new Set());
    expect(matcher.find(7, ['disk full'])).toEqual(new Set());
  });
});
