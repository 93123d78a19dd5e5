import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import type { CachedRequest } from './response-cache.js';
import { responseCacheKey } from './response-cache-key.js';

const request: CachedRequest = {
  providerId: 'openai',
  modelId: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Summarise.' }],
  maxOutputTokens: 600,
  temperature: null,
  responseFormat: { type: 'json', schema: { type: 'object', required: ['a'] } },
};

describe('responseCacheKey', () => {
  it('is a lowercase hex SHA-256 that ignores key order', () => {
    const reordered = JSON.parse(
      '{"responseFormat":{"schema":{"required":["a"],"type":"object"},"type":"json"},"temperature":null,' +
        '"maxOutputTokens":600,"messages":[{"content":"Summarise.","role":"user"}],"modelId":"gpt-4o-mini",' +
        '"providerId":"openai"}',
    ) as CachedRequest;
    expect(responseCacheKey(request)).toMatch(/^[0-9a-f]{64}$/);
    expect(responseCacheKey(reordered)).toBe(responseCacheKey(request));
  });

  it.each([
    ['providerId', { providerId: 'anthropic' }],
    ['modelId', { modelId: 'gpt-4o' }],
    ['messages', { messages: [{ role: 'user', content: 'Summarise!' }] }],
    ['maxOutputTokens', { maxOutputTokens: 601 }],
    ['temperature', { temperature: 0 }],
    ['responseFormat', { responseFormat: { type: 'text' } }],
  ] as const)('changes with %s', (_name, change) => {
    expect(responseCacheKey({ ...request, ...change })).not.toBe(responseCacheKey(request));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order and drops undefined members', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }, 3], a: undefined, e: null })).toBe(
      '{"b":[{"c":2,"d":1},3],"e":null}',
    );
  });
});
