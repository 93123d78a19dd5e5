import { InvalidInputError, type LlmProviderV1 } from '@triagekit/core';
import { describeLlmProviderV1Conformance } from '@triagekit/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type OpenAiReplayServer,
  type OpenAiReplayServerOptions,
  startOpenAiReplayServer,
} from '../__fixtures__/openai-replay-server.js';
import { createOpenAiCompatibleProvider } from './create-openai-compatible-provider.js';
import type { OpenAiCompatibleProviderOptions } from './openai-compatible-provider-options.js';

let server: OpenAiReplayServer | undefined;

async function serve(options: OpenAiReplayServerOptions = { apiKey: null }): Promise<OpenAiReplayServer> {
  server = await startOpenAiReplayServer(options);
  return server;
}

function ollama(options: Partial<OpenAiCompatibleProviderOptions> = {}): LlmProviderV1 {
  return createOpenAiCompatibleProvider({
    name: 'ollama',
    baseURL: server?.baseURL ?? '',
    model: 'llama3.1:8b',
    ...options,
  });
}

const schema = {
  type: 'object',
  properties: { summary: { type: 'string' }, claims: { type: 'array' } },
  required: ['summary', 'claims'],
};
const call = {
  messages: [
    { role: 'system', content: 'You summarise incidents.' },
    { role: 'user', content: 'Summarise.' },
  ],
  maxOutputTokens: 300,
} as const;

afterEach(async () => {
  vi.unstubAllEnvs();
  // Only chat calls left the process, and never a tool definition.
  for (const request of server?.requests ?? []) {
    expect(request.method).toBe('POST');
    expect(request.path).toMatch(/\/chat\/completions$/);
    expect(request.body).not.toHaveProperty('tools');
  }
  await server?.close();
  server = undefined;
});

describe('createOpenAiCompatibleProvider', () => {
  it('talks to an Ollama-style server without any Authorization header, even with OPENAI_API_KEY set', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-proj-real-openai-key-that-must-stay-home-0001');
    vi.stubEnv('OPENAI_ORG_ID', 'org-must-stay-home');
    const replay = await serve();
    const provider = ollama();
    const result = await provider.doGenerate({
      ...call,
      responseFormat: { type: 'json', name: 'triage_summary', schema },
    });
    expect(provider.providerId).toBe('openai-compatible:ollama');
    const [request] = replay.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.headers['openai-organization']).toBeUndefined();
    expect(request?.body).toEqual({
      model: 'llama3.1:8b',
      messages: call.messages,
      max_tokens: 300,
      temperature: 0,
      response_format: { type: 'json_schema', json_schema: { name: 'triage_summary', schema, strict: true } },
    });
    expect(result.text).toBe('{"answer":"OK"}');
  });

  it('falls back to json_object with the schema in the system prompt, and unwraps a fenced reply', async () => {
    const replay = await serve({ apiKey: null, script: [{ fixture: 'openai/ollama-chat-completion.json' }] });
    const result = await ollama({ structuredOutputs: false }).doGenerate({
      ...call,
      responseFormat: { type: 'json', schema },
    });
    const body = replay.requests[0]?.body;
    expect(body?.response_format).toEqual({ type: 'json_object' });
    expect((body?.messages as { role: string; content: string }[] | undefined)?.[0]).toEqual({
      role: 'system',
      content:
        'You summarise incidents.\n\nAnswer with a single JSON object and nothing else: no prose before or after ' +
        `it, no code fences. The object must match this JSON Schema:\n${JSON.stringify(schema)}`,
    });
    expect(JSON.parse(result.text)).toEqual({
      summary: 'checkout errors rose after the 09:54 config change',
      claims: [],
    });
  });

  it('asks in the prompt alone when the server has no JSON mode either, adding a system message if none', async () => {
    const replay = await serve();
    await ollama({ structuredOutputs: false, jsonMode: false }).doGenerate({
      messages: [{ role: 'user', content: 'Summarise.' }],
      maxOutputTokens: 300,
      responseFormat: { type: 'json', schema },
    });
    const body = replay.requests[0]?.body;
    expect(body).not.toHaveProperty('response_format');
    expect((body?.messages as { role: string }[] | undefined)?.map((message) => message.role)).toEqual([
      'system',
      'user',
    ]);
  });

  it('reaches Azure OpenAI: deployment in the path, api-version query parameter, api-key header, no bearer', async () => {
    const azureKey = 'c2f1e8a94b7d4e0fb3a6d5c8e9f0a1b2';
    const replay = await serve({ apiKey: azureKey });
    const azure = createOpenAiCompatibleProvider({
      name: 'azure',
      baseURL: `${replay.origin}/openai/deployments/gpt-4o-mini-prod`,
      model: 'gpt-4o-mini',
      queryParams: { 'api-version': '2024-10-21' },
      headers: { 'api-key': azureKey },
      maxTokensParameter: 'max_completion_tokens',
    });
    await azure.doGenerate(call);
    const [request] = replay.requests;
    expect(request?.path).toBe('/openai/deployments/gpt-4o-mini-prod/chat/completions');
    expect(request?.query).toEqual({ 'api-version': '2024-10-21' });
    expect(request?.headers['api-key']).toBe(azureKey);
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body?.max_completion_tokens).toBe(300);
  });

  it('sends a bearer token when given apiKey (vLLM --api-key)', async () => {
    const replay = await serve({ apiKey: 'vllm-local-secret-token' });
    await createOpenAiCompatibleProvider({
      name: 'vllm',
      baseURL: replay.baseURL,
      model: 'Qwen/Qwen2.5-7B-Instruct',
      apiKey: 'vllm-local-secret-token',
    }).doGenerate(call);
    expect(replay.requests[0]?.headers.authorization).toBe('Bearer vllm-local-secret-token');
  });

  it('has no built-in prices: warns without prices, and prices a local model at zero when told to', async () => {
    await serve();
    const unpriced = await ollama().doGenerate(call);
    const free = await ollama({
      prices: { 'llama3.1:8b': { inputUsdPerMillionTokens: 0, outputUsdPerMillionTokens: 0 } },
    }).doGenerate(call);
    expect(unpriced.costUsd).toBeUndefined();
    expect(unpriced.warnings).toEqual([expect.stringContaining('no price is known for model "llama3.1:8b"')]);
    expect(free.costUsd).toBe(0);
    expect(free.warnings).toBeUndefined();
    expect(ollama()).not.toHaveProperty('pricing');
    const zero = { inputUsdPerMillionTokens: 0, outputUsdPerMillionTokens: 0 };
    expect((ollama({ prices: { 'llama3.1:8b': zero } }) as { pricing?: unknown }).pricing).toEqual(zero);
  });

  it('counts no usage and no cost when the server reports no usage', async () => {
    await serve({ apiKey: null, script: [{ fixture: 'openai/llama-cpp-chat-completion-no-usage.json' }] });
    const result = await ollama({
      name: 'llama-cpp',
      prices: { 'llama3.1:8b': { inputUsdPerMillionTokens: 0.1, outputUsdPerMillionTokens: 0.1 } },
    }).doGenerate(call);
    expect(result).toMatchObject({
      text: 'OK',
      usage: { inputTokens: 0, outputTokens: 0 },
      finishReason: 'stop',
    });
    expect(result.costUsd).toBeUndefined();
    expect(result.warnings).toEqual([
      'the server reported no token usage; usage is counted as 0 and the cost is unknown',
    ]);
  });

  it('requires a name usable in the provider id and an http(s) baseURL', () => {
    const error = (() => {
      try {
        createOpenAiCompatibleProvider({
          name: 'my server',
          baseURL: 'localhost:11434',
          model: 'llama3.1:8b',
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual(['name', 'baseURL']);
  });
});

describeLlmProviderV1Conformance({
  name: 'OpenAI-compatible (Ollama-style, replayed)',
  create: async () => {
    server ??= await startOpenAiReplayServer({ apiKey: null });
    return ollama();
  },
});
