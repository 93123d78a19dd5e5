import { describe, expect, it } from 'vitest';
import { createKeywordGate } from './keyword-gate.js';

const keywords = ['sk-', 'sk-ant-', 'token', 'auth', 'authorization', '@', 'a.b', 'ghp_', 'gho_'];

describe('createKeywordGate', () => {
  const gate = createKeywordGate(keywords);

  it('agrees with a plain includes search', () => {
    const texts = [
      '',
      'nothing here',
      'an @ sign',
      'sk-ant-123',
      'the task-list',
      'authorization: x',
      'tokentoken',
      'aXb a.b',
      'ghp_ and gho_',
      'gh',
    ];
    for (const text of texts) {
      expect(gate.containsAny(text), text).toBe(keywords.some((keyword) => text.includes(keyword)));
    }
  });

  it('finds every searched keyword, including overlapping and repeated ones', () => {
    expect([...gate.find('sk-ant-x auth @ tokentoken ghp_gho_')].sort()).toEqual(
      ['@', 'auth', 'ghp_', 'gho_', 'sk-', 'token'].sort(),
    );
  });

  it('answers for one rule keyword list, including keywords only reached through shorter ones', () => {
    const check = gate.prepare(['sk-ant-', 'authorization']);
    const run = (text: string): boolean => check(text, gate.find(text));
    expect(run('key sk-ant-abc')).toBe(true);
    expect(run('key sk-abc')).toBe(false);
    expect(run('authorization: x')).toBe(true);
    expect(run('auth: x')).toBe(false);
  });
});
