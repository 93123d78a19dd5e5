import type { LlmProviderV1GenerateOptions } from '@triagekit/core';
import type { JsonSupport, OpenAiLanguageModelConfig } from './openai-language-model-config.js';

/** How one call asks for its output format. */
export interface JsonOutputPlan {
  /** `text` when no JSON was asked for. */
  readonly mode: JsonSupport | 'text';
  readonly schema?: Record<string, unknown>;
  /** A name for the schema, matching `^[a-zA-Z0-9_-]{1,64}$` as OpenAI requires. */
  readonly name: string;
  /** Whether the JSON instruction must be added to the system prompt. */
  readonly instruct: boolean;
}

function schemaName(name: string | undefined): string {
  const cleaned = (name ?? 'response').replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, 64);
  return cleaned === '' ? 'response' : cleaned;
}

function mentionsJson(options: LlmProviderV1GenerateOptions): boolean {
  return options.messages.some((message) => /json/i.test(message.content));
}

/**
 * Decides how to ask for JSON: a strict JSON Schema where the server supports it, else JSON mode with the
 * schema in the prompt, else the prompt alone. JSON mode without a schema adds the instruction only when no
 * message mentions JSON (OpenAI requires the word somewhere).
 */
export function planJsonOutput(
  options: LlmProviderV1GenerateOptions,
  config: Pick<OpenAiLanguageModelConfig, 'schemaSupport' | 'plainJsonSupport'>,
): JsonOutputPlan {
  const format = options.responseFormat;
  if (format?.type !== 'json') return { mode: 'text', name: 'response', instruct: false };
  const name = schemaName(format.name);
  if (format.schema) {
    const mode = config.schemaSupport;
    return { mode, schema: format.schema, name, instruct: mode !== 'json-schema' };
  }
  const mode = config.plainJsonSupport;
  return { mode, name, instruct: mode === 'instructions' || !mentionsJson(options) };
}
