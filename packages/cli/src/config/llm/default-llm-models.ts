/**
 * The model used when the `llm` section names none, or when the provider comes from the environment. Both are
 * in `@triagekit/llm-providers`' price tables, so every call's cost is accounted and `budget.costUsd` is
 * checked before the call. Both are small, fast models that accept temperature 0 (reproducible summaries) and
 * enforced JSON output (a strict JSON Schema for OpenAI, the answer tool for Claude).
 */
export const DEFAULT_LLM_MODELS = {
  openai: 'gpt-4.1-mini',
  anthropic: 'claude-haiku-4-5',
} as const;
