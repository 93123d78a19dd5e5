import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { createMemoryResponseCache } from './memory-response-cache.js';
import type { CachedResponse } from './response-cache.js';

function entry(text: string): CachedResponse {
  return {
    version: 1,
    storedAt: '2026-11-27T07:00:00.000Z',
    request: {
      providerId: 'p',
      modelId: 'm',
      messages: [{ role: 'user', content: text }],
      maxOutputTokens: 10,
      temperature: null,
      responseFormat: null,
    },
    result: { text, usage: { inputTokens: 1, outputTokens: 1 }, finishReason: 'stop' },
  };
}

describe('createMemoryResponseCache', () => {
  it('evicts the least recently used entry beyond maxEntries', async () => {
    const cache = createMemoryResponseCache({ maxEntries: 2 });
    await cache.set('a', entry('a'));
    await cache.set('b', entry('b'));
    await cache.get('a');
    await cache.set('c', entry('c'));
    expect(await cache.get('b')).toBeUndefined();
    expect((await cache.get('a'))?.result.text).toBe('a');
    expect((await cache.get('c'))?.result.text).toBe('c');
  });

  it('hands out copies, so a caller cannot change a later hit', async () => {
    const cache = createMemoryResponseCache();
    await cache.set('a', entry('original'));
    const first = await cache.get('a');
    (first?.result.usage as { inputTokens: number }).inputTokens = 999;
    expect((await cache.get('a'))?.result.usage.inputTokens).toBe(1);
  });

  it('rejects a maxEntries that is not a positive integer', () => {
    expect(() => createMemoryResponseCache({ maxEntries: 0 })).toThrow(InvalidInputError);
  });
});
