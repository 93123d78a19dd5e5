import { AbortedError } from '@triagekit/core';
import { ScriptedLlmProviderV1 } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../__fixtures__/expect-rejection.js';
import { createMemoryResponseCache } from './memory-response-cache.js';
import type { ResponseCache } from './response-cache.js';
import { withResponseCache } from './with-response-cache.js';

const call = { messages: [{ role: 'user', content: 'Summarise.' }], maxOutputTokens: 50 } as const;

describe('withResponseCache', () => {
  it('keeps the ids of the wrapped provider', () => {
    const scripted = new ScriptedLlmProviderV1({ providerId: 'openai', modelId: 'gpt-4o-mini', script: [] });
    const cached = withResponseCache(scripted, { cache: createMemoryResponseCache() });
    expect([cached.specificationVersion, cached.providerId, cached.modelId]).toEqual([
      'v1',
      'openai',
      'gpt-4o-mini',
    ]);
  });

  it("passes the wrapped provider's pricing and token counter through", () => {
    const scripted = new ScriptedLlmProviderV1({ script: [] });
    const priced = Object.assign(scripted, {
      pricing: { inputUsdPerMillionTokens: 1, outputUsdPerMillionTokens: 5 },
      countTokens: (text: string) => text.split(' ').length,
    });
    const cached = withResponseCache(priced, { cache: createMemoryResponseCache() }) as typeof priced;
    expect(cached.pricing).toEqual({ inputUsdPerMillionTokens: 1, outputUsdPerMillionTokens: 5 });
    expect(cached.countTokens('three word text')).toBe(3);
  });

  it('still answers when the cache cannot read or store, with a warning for each', async () => {
    const broken: ResponseCache = {
      get: async () => {
        throw new Error('EACCES: permission denied');
      },
      set: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    };
    const scripted = new ScriptedLlmProviderV1({ script: [{ text: 'OK', costUsd: 0.001 }] });
    const result = await withResponseCache(scripted, { cache: broken }).doGenerate(call);
    expect(result.text).toBe('OK');
    expect(result.costUsd).toBe(0.001);
    expect(result.warnings).toEqual([
      expect.stringMatching(/could not be read \(EACCES: permission denied\); asked the model$/),
      'the answer could not be stored in the response cache (ENOSPC: no space left on device)',
    ]);
  });

  it('ignores entries older than maxAgeMs', async () => {
    let now = Date.parse('2026-11-27T07:00:00Z');
    const scripted = new ScriptedLlmProviderV1({ script: ['first', 'second'] });
    const cached = withResponseCache(scripted, {
      cache: createMemoryResponseCache(),
      maxAgeMs: 60_000,
      now: () => now,
    });
    await cached.doGenerate(call);
    now += 30_000;
    expect((await cached.doGenerate(call)).text).toBe('first');
    now += 60_000;
    expect((await cached.doGenerate(call)).text).toBe('second');
    expect(scripted.calls).toHaveLength(2);
  });

  it('ignores an entry stored for another request under the same key', async () => {
    const entries = new Map<string, unknown>();
    const cache: ResponseCache = {
      get: async (key) => entries.get(key) as never,
      set: async (key, entry) => {
        entries.set(key, {
          ...entry,
          request: { ...entry.request, messages: [{ role: 'user', content: 'other' }] },
        });
      },
    };
    const scripted = new ScriptedLlmProviderV1({ script: ['first', 'second'] });
    const cached = withResponseCache(scripted, { cache });
    await cached.doGenerate(call);
    const second = await cached.doGenerate(call);
    expect(second.text).toBe('second');
    expect(second.warnings).toEqual([expect.stringContaining('belongs to another request; ignored it')]);
  });

  it('rejects an already-aborted call without asking the cache or the model', async () => {
    const scripted = new ScriptedLlmProviderV1({ script: ['never'] });
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(
      withResponseCache(scripted, { cache: createMemoryResponseCache() }).doGenerate({
        ...call,
        abortSignal: controller.signal,
      }),
    );
    expect(AbortedError.isInstance(error)).toBe(true);
    expect(scripted.calls).toHaveLength(0);
  });
});
