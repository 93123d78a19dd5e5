import { describe, expect, it } from 'vitest';
import { llmConfigSchema } from './llm-config-schema.js';

function issuesOf(input: unknown): string[] {
  const result = llmConfigSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('llmConfigSchema', () => {
  it('accepts a provider alone, and every documented field', () => {
    expect(issuesOf({ provider: 'openai' })).toEqual([]);
    expect(
      issuesOf({
        provider: 'openai-compatible',
        name: 'ollama',
        model: 'llama3.1:8b',
        baseUrl: 'http://localhost:11434/v1',
        apiKeyEnv: 'OLLAMA_KEY',
        headers: { 'x-team': 'sre' },
        maskIdentifiers: true,
        maxOutputTokens: 1_500,
        maxPromptTokens: 20_000,
        timeoutMs: 30_000,
        pricing: { inputUsdPerMillionTokens: 0, outputUsdPerMillionTokens: 0 },
        cacheDirectory: '.triagekit/llm-cache',
      }),
    ).toEqual([]);
  });

  it('requires a base URL and a model for an OpenAI-compatible server', () => {
    expect(issuesOf({ provider: 'openai-compatible' })).toEqual([
      'baseUrl: is required for provider "openai-compatible"',
      'model: is required for provider "openai-compatible"',
    ]);
  });

  it('rejects a key value where the name of its environment variable belongs', () => {
    expect(issuesOf({ provider: 'openai', apiKeyEnv: 'sk-proj-abc123' })).toEqual([
      'apiKeyEnv: must be the name of an environment variable, not its value',
    ]);
  });

  it('rejects unknown keys, a name for a hosted provider, and a non-HTTP base URL', () => {
    expect(issuesOf({ provider: 'anthropic', apiKey: 'x' })).toHaveLength(1);
    expect(issuesOf({ provider: 'anthropic', name: 'claude' })).toEqual([
      'name: only applies to provider "openai-compatible"',
    ]);
    expect(issuesOf({ provider: 'openai', baseUrl: 'file:///etc/passwd' })).toHaveLength(1);
  });
});
