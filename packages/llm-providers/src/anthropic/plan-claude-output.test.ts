import type { LlmProviderV1GenerateOptions } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { claudeModelTraits } from './claude-model-traits.js';
import { planClaudeOutput } from './plan-claude-output.js';

const classic = claudeModelTraits('claude-haiku-4-5');
const modern = claudeModelTraits('claude-sonnet-5-5');
const schema = { type: 'object', properties: {} };

function options(
  responseFormat: LlmProviderV1GenerateOptions['responseFormat'],
): LlmProviderV1GenerateOptions {
  return { messages: [{ role: 'user', content: 'x' }], maxOutputTokens: 10, responseFormat };
}

describe('planClaudeOutput', () => {
  it('picks a forced tool for models that accept one and output_config.format for the others', () => {
    expect(
      planClaudeOutput(options({ type: 'json', name: 'triage summary', schema }), 'auto', classic),
    ).toEqual({
      mode: 'tool',
      schema,
      toolName: 'triage_summary',
    });
    expect(planClaudeOutput(options({ type: 'json', schema }), 'auto', modern).mode).toBe('output-format');
  });

  it('uses instructions for JSON without a schema, and nothing for text', () => {
    expect(planClaudeOutput(options({ type: 'json' }), 'tool', classic).mode).toBe('instructions');
    expect(planClaudeOutput(options(undefined), 'auto', classic).mode).toBe('text');
  });

  it('honours an explicit mode', () => {
    expect(planClaudeOutput(options({ type: 'json', schema }), 'instructions', classic).mode).toBe(
      'instructions',
    );
    expect(planClaudeOutput(options({ type: 'json', schema }), 'tool', modern).mode).toBe('tool');
  });

  it('does not make a tool of a schema that is not an object, and says so', () => {
    const plan = planClaudeOutput(options({ type: 'json', schema: { type: 'array' } }), 'auto', classic);
    expect(plan.mode).toBe('output-format');
    expect(plan.warning).toContain('does not describe an object');
  });
});
