import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../errors/api-call-error.js';
import type { LlmProviderV1GenerateOptions } from '../spec/llm-provider-v1.js';
import { ScriptedLlmProviderV1 } from './scripted-llm-provider-v1.js';

function generateOptions(content = 'Summarise the incident.'): LlmProviderV1GenerateOptions {
  return { messages: [{ role: 'user', content }], maxOutputTokens: 100 };
}

describe('ScriptedLlmProviderV1', () => {
  it('defaults its ids', () => {
    const provider = new ScriptedLlmProviderV1({ script: [] });
    expect(provider.specificationVersion).toBe('v1');
    expect(provider.providerId).toBe('scripted');
    expect(provider.modelId).toBe('scripted-model');
  });

  it('answers with the script steps in order', async () => {
    const provider = new ScriptedLlmProviderV1({ script: ['first', 'second'] });
    expect((await provider.doGenerate(generateOptions())).text).toBe('first');
    expect((await provider.doGenerate(generateOptions())).text).toBe('second');
    expect(provider.remainingSteps).toBe(0);
  });

  it('turns a string into a result with usage estimated at four characters per token', async () => {
    const provider = new ScriptedLlmProviderV1({ script: ['123456789'] });
    const result = await provider.doGenerate({
      messages: [
        { role: 'system', content: '12345678' },
        { role: 'user', content: '123456789' },
      ],
      maxOutputTokens: 10,
    });
    expect(result).toEqual({
      text: '123456789',
      usage: { inputTokens: 5, outputTokens: 3 },
      finishReason: 'stop',
    });
  });

  it('fills in what a partial result leaves out and keeps what it gives', async () => {
    const provider = new ScriptedLlmProviderV1({
      script: [
        { text: 'cut', finishReason: 'length', costUsd: 0.002 },
        { usage: { inputTokens: 1, outputTokens: 2 } },
      ],
    });
    expect(await provider.doGenerate(generateOptions('abcd'))).toEqual({
      text: 'cut',
      usage: { inputTokens: 1, outputTokens: 1 },
      finishReason: 'length',
      costUsd: 0.002,
    });
    expect(await provider.doGenerate(generateOptions())).toEqual({
      text: '',
      usage: { inputTokens: 1, outputTokens: 2 },
      finishReason: 'stop',
    });
  });

  it('throws Error steps, then goes on with the next step', async () => {
    const failure = new ApiCallError({
      message: 'rate limited',
      url: 'https://api.example.com',
      statusCode: 429,
    });
    const provider = new ScriptedLlmProviderV1({ script: [failure, 'after retry'] });
    await expect(provider.doGenerate(generateOptions())).rejects.toBe(failure);
    expect((await provider.doGenerate(generateOptions())).text).toBe('after retry');
  });

  it('calls function steps with the call options', async () => {
    const provider = new ScriptedLlmProviderV1({
      script: [
        (options) => `echo: ${options.messages[0]?.content ?? ''}`,
        async () => new Error('from a function'),
      ],
    });
    expect((await provider.doGenerate(generateOptions('hello'))).text).toBe('echo: hello');
    await expect(provider.doGenerate(generateOptions())).rejects.toThrow('from a function');
  });

  it('throws once the script runs out, saying after how many calls', async () => {
    const provider = new ScriptedLlmProviderV1({ script: ['only'] });
    await provider.doGenerate(generateOptions());
    await expect(provider.doGenerate(generateOptions())).rejects.toThrow('the script ran out after 1 calls');
  });

  it('records every call', async () => {
    const provider = new ScriptedLlmProviderV1({ script: ['a'] });
    const first = generateOptions('one');
    const second = generateOptions('two');
    await provider.doGenerate(first);
    await provider.doGenerate(second).catch(() => undefined);
    expect(provider.calls).toEqual([first, second]);
  });

  it('rejects with the signal reason when aborted, without consuming a step', async () => {
    const provider = new ScriptedLlmProviderV1({ script: ['kept'] });
    const controller = new AbortController();
    const reason = new Error('run aborted');
    controller.abort(reason);
    await expect(provider.doGenerate({ ...generateOptions(), abortSignal: controller.signal })).rejects.toBe(
      reason,
    );
    expect(provider.remainingSteps).toBe(1);
    expect((await provider.doGenerate(generateOptions())).text).toBe('kept');
  });

  it('does not share its script with the caller', async () => {
    const script = ['a'];
    const provider = new ScriptedLlmProviderV1({ script });
    script.push('b');
    expect(provider.remainingSteps).toBe(1);
  });
});
