import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LlmProviderV1 } from '@triagekit/core';
import { describeLlmProviderV1Conformance } from '@triagekit/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OPENAI_TEST_API_KEY,
  type OpenAiReplayServer,
  startOpenAiReplayServer,
} from '../__fixtures__/openai-replay-server.js';
import { createOpenAiProvider } from '../openai/create-openai-provider.js';
import { createFileResponseCache } from './file-response-cache.js';
import { createMemoryResponseCache } from './memory-response-cache.js';
import { RESPONSE_CACHE_HIT_WARNING, withResponseCache } from './with-response-cache.js';

let server: OpenAiReplayServer | undefined;
let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'llm-response-cache-'));
});

afterEach(async () => {
  for (const request of server?.requests ?? [])
    expect(`${request.method} ${request.path}`).toBe('POST /v1/chat/completions');
  await server?.close();
  server = undefined;
  await rm(directory, { recursive: true, force: true });
});

function openAi(baseURL: string): LlmProviderV1 {
  return createOpenAiProvider({ model: 'gpt-4o-mini', apiKey: OPENAI_TEST_API_KEY, baseURL });
}

const call = {
  messages: [
    { role: 'system', content: 'You summarise incidents.' },
    {
      role: 'user',
      content: '<evidence id="logs:7f3a">password=[REDACTED:secret-assignment] pool exhausted</evidence>',
    },
  ],
  maxOutputTokens: 600,
  responseFormat: { type: 'json', name: 'triage_summary', schema: { type: 'object' } },
} as const;

describe('withResponseCache in front of a real provider', () => {
  it('answers an identical request from memory without a request, at no cost, flagged as cached', async () => {
    server = await startOpenAiReplayServer({
      script: [{ fixture: 'openai/chat-completion-json-schema.json' }],
    });
    const cached = withResponseCache(openAi(server.baseURL), { cache: createMemoryResponseCache() });
    const first = await cached.doGenerate(call);
    const second = await cached.doGenerate({ ...call, abortSignal: new AbortController().signal });
    expect(server.requests).toHaveLength(1);
    expect(second).toMatchObject({ text: first.text, usage: first.usage, finishReason: 'stop', costUsd: 0 });
    expect(first.costUsd).toBeGreaterThan(0);
    expect(second.warnings).toEqual([
      expect.stringMatching(new RegExp(`^${RESPONSE_CACHE_HIT_WARNING} \\(key [0-9a-f]{12}`)),
    ]);
    expect(second.warnings?.[0]).toContain(`which cost $${first.costUsd}`);
    expect(cached.providerId).toBe('openai');
  });

  it('asks the model again when anything in the key differs', async () => {
    server = await startOpenAiReplayServer();
    const cached = withResponseCache(openAi(server.baseURL), { cache: createMemoryResponseCache() });
    await cached.doGenerate(call);
    await cached.doGenerate({ ...call, temperature: 0.5 });
    await cached.doGenerate({ ...call, maxOutputTokens: 601 });
    await cached.doGenerate({ ...call, responseFormat: { type: 'json' } });
    await cached.doGenerate({ ...call, messages: [...call.messages, { role: 'user', content: 'More.' }] });
    expect(server.requests).toHaveLength(5);
  });

  it('keeps answers on disk across provider instances, holding the redacted prompt but never the key', async () => {
    server = await startOpenAiReplayServer();
    await withResponseCache(openAi(server.baseURL), {
      cache: createFileResponseCache({ directory }),
    }).doGenerate(call);
    const again = await withResponseCache(openAi(server.baseURL), {
      cache: createFileResponseCache({ directory }),
    }).doGenerate(call);
    expect(server.requests).toHaveLength(1);
    expect(again.costUsd).toBe(0);
    const files = await readdir(directory);
    expect(files).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.json$/)]);
    const stored = await readFile(join(directory, files[0] ?? ''), 'utf8');
    expect(stored).toContain('password=[REDACTED:secret-assignment] pool exhausted');
    expect(stored).not.toContain(OPENAI_TEST_API_KEY);
    expect(stored).not.toContain('authorization');
  });

  it('ignores a corrupt entry with a warning, asks the model, and replaces the entry', async () => {
    server = await startOpenAiReplayServer();
    const cached = withResponseCache(openAi(server.baseURL), {
      cache: createFileResponseCache({ directory }),
    });
    await cached.doGenerate(call);
    const [file] = await readdir(directory);
    await writeFile(join(directory, file ?? ''), '{"version":1,"storedAt":"2026-11-2');
    const recovered = await cached.doGenerate(call);
    expect(server.requests).toHaveLength(2);
    expect(recovered.warnings).toEqual([
      expect.stringMatching(/^response cache entry [0-9a-f]{12} could not be read \(.*is not valid JSON/),
    ]);
    const third = await cached.doGenerate(call);
    expect(server.requests).toHaveLength(2);
    expect(third.costUsd).toBe(0);
  });

  it('does not store an answer cut off by the token cap', async () => {
    server = await startOpenAiReplayServer({ script: [{ fixture: 'openai/chat-completion-length.json' }] });
    const cached = withResponseCache(openAi(server.baseURL), { cache: createMemoryResponseCache() });
    await cached.doGenerate(call);
    await cached.doGenerate(call);
    expect(server.requests).toHaveLength(2);
  });
});

describeLlmProviderV1Conformance({
  name: 'OpenAI behind withResponseCache (replayed)',
  create: async () => {
    server ??= await startOpenAiReplayServer();
    return withResponseCache(openAi(server.baseURL), { cache: createMemoryResponseCache() });
  },
});
