import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError } from '@triagekit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LLM_MODELS } from './default-llm-models.js';
import { llmFromEnvironment } from './llm-from-environment.js';
import { NO_LLM_CONFIGURED_NOTICE, resolveLlmSummary } from './resolve-llm-summary.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-llm-config-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('llmFromEnvironment', () => {
  it('prefers OPENAI_API_KEY, then ANTHROPIC_API_KEY, and treats empty values as unset', () => {
    expect(llmFromEnvironment({ OPENAI_API_KEY: 'a', ANTHROPIC_API_KEY: 'b' })).toEqual({
      provider: 'openai',
    });
    expect(llmFromEnvironment({ OPENAI_API_KEY: ' ', ANTHROPIC_API_KEY: 'b' })).toEqual({
      provider: 'anthropic',
    });
    expect(llmFromEnvironment({ OPENAI_BASE_URL: 'http://gateway:8080/v1' })).toBeUndefined();
  });
});

describe('resolveLlmSummary', () => {
  const environment = { OPENAI_API_KEY: 'sk-test', ANTHROPIC_API_KEY: 'sk-ant-test' };

  it('stays offline with "off", even with an llm section', async () => {
    const resolved = await resolveLlmSummary({
      llm: { provider: 'openai' },
      source: 'off',
      environment,
      baseDirectory: directory,
    });
    expect(resolved).toEqual({ summary: undefined, notice: undefined });
  });

  it('reads the environment only with "config-or-environment", and says when there is nothing', async () => {
    const serve = await resolveLlmSummary({
      llm: undefined,
      source: 'config',
      environment,
      baseDirectory: directory,
    });
    expect(serve).toEqual({ summary: undefined, notice: undefined });
    const none = await resolveLlmSummary({
      llm: undefined,
      source: 'config-or-environment',
      environment: {},
      baseDirectory: directory,
    });
    expect(none).toEqual({ summary: undefined, notice: NO_LLM_CONFIGURED_NOTICE });
    const picked = await resolveLlmSummary({
      llm: undefined,
      source: 'config-or-environment',
      environment,
      baseDirectory: directory,
    });
    expect(picked.summary?.provider.providerId).toBe('openai');
    expect(picked.summary?.provider.modelId).toBe(DEFAULT_LLM_MODELS.openai);
    expect(picked.notice).toContain('at api.openai.com (key from OPENAI_API_KEY)');
  });

  it('uses default models the price tables know, so cost budgets are checked before calls', async () => {
    for (const provider of ['openai', 'anthropic'] as const) {
      const { summary } = await resolveLlmSummary({
        llm: { provider },
        source: 'config',
        environment,
        baseDirectory: directory,
      });
      expect(summary?.provider.pricing?.inputUsdPerMillionTokens).toBeGreaterThan(0);
    }
  });

  it('passes the section to the summary options and prices a compatible server', async () => {
    const { summary, notice } = await resolveLlmSummary({
      llm: {
        provider: 'openai-compatible',
        name: 'ollama',
        model: 'llama3.1:8b',
        baseUrl: 'http://localhost:11434/v1',
        maskIdentifiers: true,
        maxOutputTokens: 800,
        maxPromptTokens: 6_000,
        timeoutMs: 20_000,
        pricing: { inputUsdPerMillionTokens: 0.1, outputUsdPerMillionTokens: 0.2 },
        cacheDirectory: 'cache',
      },
      source: 'config',
      environment,
      baseDirectory: directory,
    });
    expect(summary).toMatchObject({
      maskIdentifiers: true,
      maxOutputTokens: 800,
      maxPromptTokens: 6_000,
      timeoutMs: 20_000,
    });
    expect(summary?.provider).toMatchObject({
      providerId: 'openai-compatible:ollama',
      modelId: 'llama3.1:8b',
      pricing: { inputUsdPerMillionTokens: 0.1, outputUsdPerMillionTokens: 0.2 },
    });
    // No apiKeyEnv: the OpenAI key in the environment is not sent to another server.
    expect(notice).toContain(
      'at localhost:11434: the redacted findings are sent there with identifiers masked',
    );
  });

  it('names the unset key variable', async () => {
    const error = await resolveLlmSummary({
      llm: { provider: 'openai', apiKeyEnv: 'TEAM_OPENAI_KEY' },
      source: 'config-or-environment',
      environment,
      baseDirectory: directory,
    }).catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues).toEqual([
      { path: 'llm.apiKeyEnv', message: 'environment variable TEAM_OPENAI_KEY is not set' },
    ]);
  });
});
