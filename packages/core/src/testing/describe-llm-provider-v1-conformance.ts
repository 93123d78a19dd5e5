import { describe, it } from 'vitest';
import type { LlmMessageV1, LlmProviderV1 } from '../spec/llm-provider-v1.js';
import {
  checkLlmProviderV1Generates,
  checkLlmProviderV1Identity,
  checkLlmProviderV1RejectsWhenAborted,
} from './checks/llm-provider-v1-checks.js';

/** Options of {@link describeLlmProviderV1Conformance}. */
export interface LlmProviderV1ConformanceOptions {
  /** Names the `describe` block. Default `'LLM provider'`. */
  readonly name?: string;
  /**
   * Returns a new provider; called once per test. One test makes a real `doGenerate` call, so point the
   * provider at a fake server or a local model unless you mean to spend tokens.
   */
  readonly create: () => LlmProviderV1 | Promise<LlmProviderV1>;
  /** The tiny prompt to send. Default: a system and a user message asking for the word OK. */
  readonly messages?: readonly LlmMessageV1[];
  /** Default 16. */
  readonly maxOutputTokens?: number;
  /** Per-test timeout in milliseconds, for remote models. Default: vitest's. */
  readonly timeoutMs?: number;
}

/**
 * Registers a vitest `describe` block checking that an LLM provider follows LlmProviderV1: a `'v1'`
 * specificationVersion, a whitespace-free providerId and a modelId; a tiny prompt answered with string
 * text, non-negative integer token usage and a known finishReason; rejection within 2 seconds when the
 * AbortSignal is already aborted. Call it at the top level of a test file.
 */
export function describeLlmProviderV1Conformance(options: LlmProviderV1ConformanceOptions): void {
  const input = {
    messages: options.messages ?? [
      { role: 'system', content: 'You are a connectivity check. Answer with the single word OK.' },
      { role: 'user', content: 'Are you there?' },
    ],
    maxOutputTokens: options.maxOutputTokens ?? 16,
  } as const;
  const { timeoutMs } = options;
  describe(`${options.name ?? 'LLM provider'} conforms to LlmProviderV1`, () => {
    it(
      'declares specificationVersion "v1", a providerId and a modelId',
      async () => {
        checkLlmProviderV1Identity(await options.create());
      },
      timeoutMs,
    );
    it(
      'answers a tiny prompt with text, integer usage and a finishReason',
      async () => {
        await checkLlmProviderV1Generates(await options.create(), input);
      },
      timeoutMs,
    );
    it(
      'rejects within 2 seconds when its AbortSignal is already aborted',
      async () => {
        await checkLlmProviderV1RejectsWhenAborted(await options.create(), input);
      },
      timeoutMs,
    );
  });
}
