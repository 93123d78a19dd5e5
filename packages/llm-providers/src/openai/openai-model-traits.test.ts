import { describe, expect, it } from 'vitest';
import { isOpenAiReasoningModel } from './openai-model-traits.js';

describe('isOpenAiReasoningModel', () => {
  it.each([
    'o3',
    'o4-mini',
    'o1-2024-12-17',
    'gpt-5',
    'gpt-5-mini',
    'gpt-5.4-nano',
    'gpt-5.6-sol',
    'gpt-6-astra',
    'openai/gpt-5',
  ])('%s is a reasoning model', (model) => expect(isOpenAiReasoningModel(model)).toBe(true));

  it.each([
    'gpt-4o',
    'gpt-4o-mini',
    'gpt-4.1-nano',
    'gpt-5-chat-latest',
    'gpt-5.3-chat-latest',
    'llama3.1:8b',
    'omni-moderation',
  ])('%s is not', (model) => expect(isOpenAiReasoningModel(model)).toBe(false));
});
