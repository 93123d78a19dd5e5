import { ApiCallError, type EmbeddingModelV1, InvalidInputError } from '@triagekit/core';
import { describeEmbeddingModelV1Conformance } from '@triagekit/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../__fixtures__/expect-rejection.js';
import {
  defaultOpenAiAnswer,
  OPENAI_TEST_API_KEY,
  type OpenAiReplayServer,
  type OpenAiReplayServerOptions,
  replayEmbedding,
  startOpenAiReplayServer,
} from '../__fixtures__/openai-replay-server.js';
import { recordingRetry } from '../__fixtures__/recording-sleep.js';
import { createOpenAiCompatibleEmbeddingModel } from './create-openai-compatible-embedding-model.js';
import { createOpenAiEmbeddingModel } from './create-openai-embedding-model.js';
import type { OpenAiEmbeddingModelOptions } from './openai-embedding-model-options.js';

let server: OpenAiReplayServer | undefined;

async function serve(options: OpenAiReplayServerOptions = {}): Promise<OpenAiReplayServer> {
  server = await startOpenAiReplayServer(options);
  return server;
}

function openAi(options: Partial<OpenAiEmbeddingModelOptions> = {}): EmbeddingModelV1 {
  return createOpenAiEmbeddingModel({
    model: 'text-embedding-3-small',
    apiKey: OPENAI_TEST_API_KEY,
    baseURL: server?.baseURL ?? '',
    ...options,
  });
}

const texts = [
  'disk full on node worker-3',
  'TLS certificate expires in 2 days',
  'payments p99 latency above 2s',
  'pod OOMKilled in checkout',
  'DNS resolution failures in eu-west-1',
];

afterEach(async () => {
  for (const request of server?.requests ?? []) {
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/embeddings');
  }
  await server?.close();
  server = undefined;
});

describe('createOpenAiEmbeddingModel', () => {
  it('splits the values into batches of maxEmbeddingsPerCall and returns the vectors in input order', async () => {
    const replay = await serve();
    const model = openAi({ maxEmbeddingsPerCall: 2 });
    const result = await model.doEmbed({ values: texts });
    expect(model.dimensions).toBe(1536);
    expect(replay.requests.map((request) => request.body?.input)).toEqual([
      texts.slice(0, 2),
      texts.slice(2, 4),
      texts.slice(4),
    ]);
    // The SDK asks for base64 (a quarter of the size) and decodes it.
    expect(replay.requests.every((request) => request.body?.encoding_format === 'base64')).toBe(true);
    expect(replay.requests[0]?.body).not.toHaveProperty('dimensions');
    expect(result.embeddings).toEqual(texts.map((text) => replayEmbedding(text, 1536)));
    // The replay server counts one token per word.
    expect(result.usage).toEqual({ tokens: texts.join(' ').split(' ').length });
  });

  it('sends dimensions when given, to shorten text-embedding-3 vectors', async () => {
    const replay = await serve();
    const result = await openAi({ model: 'text-embedding-3-large', dimensions: 256 }).doEmbed({
      values: texts.slice(0, 1),
    });
    expect(replay.requests[0]?.body?.dimensions).toBe(256);
    expect(result.embeddings[0]).toHaveLength(256);
  });

  it('puts vectors answered out of order back in input order', async () => {
    await serve({
      script: (request) => {
        const answer = defaultOpenAiAnswer(request).json as { data: unknown[] };
        return { json: { ...answer, data: [...answer.data].reverse() } };
      },
    });
    const result = await openAi().doEmbed({ values: texts.slice(0, 3) });
    expect(result.embeddings).toEqual(texts.slice(0, 3).map((text) => replayEmbedding(text, 1536)));
  });

  it('retries a rate-limited batch and reports the retry', async () => {
    const replay = await serve({
      script: [
        { status: 429, headers: { 'retry-after': '2' }, fixture: 'openai/error-rate-limit.json' },
        undefined,
      ],
    });
    const retry = recordingRetry();
    const result = await openAi({ retry }).doEmbed({ values: texts.slice(0, 2) });
    expect(replay.requests).toHaveLength(2);
    expect(retry.delays).toEqual([2000]);
    expect(result.warnings).toEqual(['1 retries after retryable failures']);
  });

  it('sends nothing for no values, and rejects an empty value before sending', async () => {
    const replay = await serve();
    expect(await openAi().doEmbed({ values: [] })).toEqual({ embeddings: [], usage: { tokens: 0 } });
    const error = await rejectionOf(openAi().doEmbed({ values: ['ok', ''] }));
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues[0]?.path).toBe('values[1]');
    expect(replay.requests).toHaveLength(0);
  });

  it('requires dimensions for a model whose vector length it does not know', () => {
    expect(() => openAi({ model: 'my-fine-tuned-embedder' })).toThrow(/dimensions: is required for model/);
  });
});

describe('createOpenAiCompatibleEmbeddingModel', () => {
  it('asks for float vectors without authentication and reports a vector length that does not match', async () => {
    const replay = await serve({ apiKey: null });
    const model = createOpenAiCompatibleEmbeddingModel({
      name: 'ollama',
      baseURL: replay.baseURL,
      model: 'nomic-embed-text',
      dimensions: 768,
    });
    const error = await rejectionOf(model.doEmbed({ values: texts.slice(0, 1) }));
    const [request] = replay.requests;
    expect(request?.body).toEqual({
      model: 'nomic-embed-text',
      input: texts.slice(0, 1),
      encoding_format: 'float',
    });
    expect(request?.headers.authorization).toBeUndefined();
    // The replay server answers 1536 components for an unknown model.
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).message).toContain(
      'vectors of length 1536, but dimensions is 768; set dimensions to 1536',
    );
  });

  it('embeds with the configured dimensions and batches of 64 by default', async () => {
    const replay = await serve({ apiKey: null });
    const model = createOpenAiCompatibleEmbeddingModel({
      name: 'vllm',
      baseURL: replay.baseURL,
      model: 'BAAI/bge-m3',
      dimensions: 1024,
      sendDimensions: true,
    });
    const values = Array.from({ length: 65 }, (_, index) => `log line ${index}`);
    const result = await model.doEmbed({ values });
    expect(model.providerId).toBe('openai-compatible:vllm');
    expect(replay.requests.map((request) => (request.body?.input as string[] | undefined)?.length)).toEqual([
      64, 1,
    ]);
    expect(result.embeddings).toHaveLength(65);
    expect(result.embeddings[64]).toEqual(replayEmbedding('log line 64', 1024));
  });
});

describeEmbeddingModelV1Conformance({
  name: 'OpenAI embeddings (replayed)',
  create: async () => {
    server ??= await startOpenAiReplayServer();
    return openAi({ maxEmbeddingsPerCall: 2 });
  },
});

describeEmbeddingModelV1Conformance({
  name: 'OpenAI-compatible embeddings (replayed)',
  create: async () => {
    server ??= await startOpenAiReplayServer({ apiKey: null });
    return createOpenAiCompatibleEmbeddingModel({
      name: 'ollama',
      baseURL: server.baseURL,
      model: 'nomic-embed-text',
      dimensions: 1536,
    });
  },
});
