import type { LlmProviderV1GenerateOptions } from '@triagekit/core';
import type { AnthropicJsonMode } from './anthropic-provider-options.js';
import type { ClaudeModelTraits } from './claude-model-traits.js';

/** How one call asks Claude for its output format. */
export interface ClaudeOutputPlan {
  readonly mode: 'text' | 'tool' | 'output-format' | 'instructions';
  readonly schema?: Record<string, unknown>;
  /** The answer tool's name in `tool` mode (`^[a-zA-Z0-9_-]{1,64}$`). */
  readonly toolName: string;
  /** Set when the configured mode could not be used as asked. */
  readonly warning?: string;
}

function toolName(name: string | undefined): string {
  const cleaned = (name ?? 'answer').replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
  return cleaned === '' ? 'answer' : cleaned;
}

/**
 * Picks the JSON mechanism: with a schema, the configured `jsonMode` (`auto`: a forced tool where the model
 * accepts one, else `output_config.format`); without a schema, instructions. A tool needs an object schema
 * (`input_schema` must describe an object), so any other schema falls back to `output-format`.
 */
export function planClaudeOutput(
  options: LlmProviderV1GenerateOptions,
  jsonMode: AnthropicJsonMode,
  traits: ClaudeModelTraits,
): ClaudeOutputPlan {
  const format = options.responseFormat;
  const name = toolName(format?.type === 'json' ? format.name : undefined);
  if (format?.type !== 'json') return { mode: 'text', toolName: name };
  const { schema } = format;
  if (!schema) return { mode: 'instructions', toolName: name };
  const wanted = jsonMode === 'auto' ? (traits.acceptsForcedTool ? 'tool' : 'output-format') : jsonMode;
  if (wanted === 'tool' && schema.type !== 'object') {
    return {
      mode: 'output-format',
      schema,
      toolName: name,
      warning:
        'the JSON Schema does not describe an object, so it was sent as output_config.format, not as a tool',
    };
  }
  return { mode: wanted, schema, toolName: name };
}
