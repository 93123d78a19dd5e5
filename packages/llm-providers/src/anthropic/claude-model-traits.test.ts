import { describe, expect, it } from 'vitest';
import { claudeModelTraits } from './claude-model-traits.js';

const classic = { acceptsTemperature: true, acceptsForcedTool: true };
const modern = { acceptsTemperature: false, acceptsForcedTool: false };

describe('claudeModelTraits', () => {
  it.each([
    'claude-3-5-haiku-20241022',
    'claude-3-7-sonnet-latest',
    'claude-sonnet-4-20250514',
    'claude-sonnet-4-5',
    'claude-sonnet-4-6',
    'claude-haiku-4-5-20251001',
    'claude-opus-4-1',
    'claude-opus-4-6',
    'anthropic.claude-sonnet-4-5-20250929-v1:0',
    'us.anthropic.claude-haiku-4-5-20251001-v1:0',
  ])('treats %s as accepting temperature and a forced tool', (model) => {
    expect(claudeModelTraits(model)).toEqual(classic);
  });

  it.each([
    'claude-opus-4-7',
    'claude-opus-4-8',
    'claude-opus-5',
    'claude-opus-5-5',
    'claude-sonnet-5',
    'claude-sonnet-5-5',
    'claude-haiku-5-5',
    'claude-fable-5-1',
    'claude-mythos-preview',
    'my-gateway-alias',
  ])('treats %s as a current model: no temperature, no forced tool', (model) => {
    expect(claudeModelTraits(model)).toEqual(modern);
  });
});
