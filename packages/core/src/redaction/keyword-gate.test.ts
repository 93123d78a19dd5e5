import { describe, expect, it } from 'vitest';
import { createKeywordGate } from './keyword-gate.js';

const keywordLists = [
  ['sk-ant-'],
  ['sk-'],
  ['token', 'authorization'],
  ['auth'],
  ['@'],
  undefined,
  ['-----begin'],
];
const allKeywords = keywordLists.flatMap((keywords) => keywords ?? []);

/** What the gate must agree with: a plain substring search per rule. */
function expectedSelection(text: string): number[] {
  return keywordLists.map((keywords) =>
    keywords === undefined || keywords.some((keyword) => text.includes(keyword)) ? 1 : 0,
  );
}

const texts = [
  '',
  'nothing here',
  'an @ sign',
  'sk-ant-123',
  'the task-list',
  'authorization: x',
  'auth: x',
  'tokentoken',
  // Keywords that overlap: `sk-` ends where `-----begin` starts.
  'ask-----begin rsa',
  'sk-sk-ant-',
];

describe('createKeywordGate', () => {
  const gate = createKeywordGate(keywordLists);

  it.each(texts)('agrees with a plain includes search on %j', (text) => {
    expect(gate.containsAny(text)).toBe(allKeywords.some((keyword) => text.includes(keyword)));
    expect([...gate.selectRules(text)]).toEqual(expectedSelection(text));
  });

  it('handles rules without keywords only', () => {
    const gateWithoutKeywords = createKeywordGate([undefined, undefined]);
    expect(gateWithoutKeywords.containsAny('anything')).toBe(false);
    expect([...gateWithoutKeywords.selectRules('anything')]).toEqual([1, 1]);
  });
});
