import type { LlmConfig } from './llm-config-schema.js';

function isSet(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

/**
 * The provider implied by the environment when the config file has no `llm` section: `OPENAI_API_KEY` →
 * OpenAI (at `OPENAI_BASE_URL` when set, e.g. a gateway), else `ANTHROPIC_API_KEY` → Anthropic (at
 * `ANTHROPIC_BASE_URL` when set), each with its default model. `undefined` when neither key is set (an empty
 * value counts as unset).
 */
export function llmFromEnvironment(
  environment: Readonly<Record<string, string | undefined>>,
): LlmConfig | undefined {
  if (isSet(environment.OPENAI_API_KEY)) return { provider: 'openai' };
  if (isSet(environment.ANTHROPIC_API_KEY)) return { provider: 'anthropic' };
  return undefined;
}
