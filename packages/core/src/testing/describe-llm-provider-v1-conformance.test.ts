import { describe, expect, it } from 'vitest';
import { UnsupportedSpecificationVersionError } from '../errors/unsupported-specification-version-error.js';
import type { LlmProviderV1, LlmProviderV1GenerateResult } from '../spec/llm-provider-v1.js';
import { ConformanceError } from './checks/conformance-error.js';
import {
  checkLlmProviderV1Generates,
  checkLlmProviderV1Identity,
  checkLlmProviderV1RejectsWhenAborted,
} from './checks/llm-provider-v1-checks.js';
import { describeLlmProviderV1Conformance } from './describe-llm-provider-v1-conformance.js';
import { ScriptedLlmProviderV1 } from './scripted-llm-provider-v1.js';

function providerAnswering(result: unknown): LlmProviderV1 {
  return {
    specificationVersion: 'v1',
    providerId: 'broken',
    modelId: 'broken-model',
    doGenerate: async () => result as LlmProviderV1GenerateResult,
  };
}

describeLlmProviderV1Conformance({
  name: 'ScriptedLlmProviderV1',
  create: () => new ScriptedLlmProviderV1({ script: ['OK'] }),
});

describeLlmProviderV1Conformance({
  name: 'ScriptedLlmProviderV1 with a partial result',
  create: () =>
    new ScriptedLlmProviderV1({
      providerId: 'openai-compatible:local',
      modelId: 'llama 3 8b',
      script: [{ text: 'OK', finishReason: 'length', costUsd: 0 }],
    }),
  messages: [{ role: 'user', content: 'ping' }],
  maxOutputTokens: 1,
});

describe('LLM provider conformance checks catch broken providers', () => {
  const input = { messages: [{ role: 'user', content: 'ping' }], maxOutputTokens: 4 } as const;
  const valid = { text: 'OK', usage: { inputTokens: 1, outputTokens: 1 }, finishReason: 'stop' };

  it('rejects a provider declaring another specification version', () => {
    const provider = { ...providerAnswering(valid), specificationVersion: 'v2' } as unknown as LlmProviderV1;
    expect(() => checkLlmProviderV1Identity(provider)).toThrow(UnsupportedSpecificationVersionError);
  });

  it('rejects an empty modelId but allows spaces in it', () => {
    expect(() => checkLlmProviderV1Identity({ ...providerAnswering(valid), modelId: ' ' })).toThrow(
      ConformanceError,
    );
    expect(() => checkLlmProviderV1Identity({ ...providerAnswering(valid), modelId: 'a b' })).not.toThrow();
  });

  it('rejects usage that is not made of non-negative integers', async () => {
    for (const usage of [
      { inputTokens: -1, outputTokens: 1 },
      { inputTokens: 1.5, outputTokens: 1 },
      undefined,
    ]) {
      await expect(
        checkLlmProviderV1Generates(providerAnswering({ ...valid, usage }), input),
      ).rejects.toThrow('usage must hold non-negative integer');
    }
  });

  it('rejects a result without text or with an unknown finishReason', async () => {
    await expect(
      checkLlmProviderV1Generates(providerAnswering({ ...valid, text: 42 }), input),
    ).rejects.toThrow('text must be a string');
    await expect(
      checkLlmProviderV1Generates(providerAnswering({ ...valid, finishReason: 'done' }), input),
    ).rejects.toThrow('finishReason must be one of');
  });

  it('rejects a negative cost', async () => {
    await expect(
      checkLlmProviderV1Generates(providerAnswering({ ...valid, costUsd: -1 }), input),
    ).rejects.toThrow('costUsd');
  });

  it('rejects a provider that answers despite an aborted signal', async () => {
    await expect(checkLlmProviderV1RejectsWhenAborted(providerAnswering(valid), input)).rejects.toThrow(
      'it must reject without calling the model',
    );
  });

  it('rejects a provider that hangs when aborted', async () => {
    const provider = { ...providerAnswering(valid), doGenerate: () => new Promise<never>(() => {}) };
    await expect(checkLlmProviderV1RejectsWhenAborted(provider, input, 50)).rejects.toThrow(
      'did not settle within 50 ms',
    );
  });
});
