import type { LlmProviderV1GenerateResult } from '@triagekit/core';
import { ResponseShapeError } from '../errors/response-shape-error.js';
import type { GenerationOutcome } from '../generation/generation-outcome.js';
import { unwrapJsonCodeFence } from '../generation/json-instructions.js';
import type { ClaudeOutputPlan } from './plan-claude-output.js';

type Block = Record<string, unknown>;

/** Maps Anthropic's `stop_reason` to the spec's finish reasons; the answer tool's `tool_use` is a normal stop. */
export function mapStopReason(
  reason: unknown,
  answeredWithTool: boolean,
): LlmProviderV1GenerateResult['finishReason'] {
  if (reason === 'end_turn' || reason === 'stop_sequence' || reason === 'pause_turn') return 'stop';
  if (reason === 'tool_use') return answeredWithTool ? 'stop' : 'other';
  if (reason === 'max_tokens' || reason === 'model_context_window_exceeded') return 'length';
  if (reason === 'refusal') return 'content-filter';
  return 'other';
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
}

/**
 * Reads a Messages API answer. In `tool` mode the text is the answer tool's `input`, serialised as JSON;
 * otherwise the `text` blocks joined (thinking blocks are skipped). Input tokens include prompt-cache writes
 * and reads, which are billed as input.
 * @throws ResponseShapeError when the body is not a message with a `content` array.
 */
export function readMessage(body: unknown, plan: ClaudeOutputPlan): GenerationOutcome {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Block;
  if (record.type !== 'message' || !Array.isArray(record.content)) {
    throw new ResponseShapeError(
      'not a message with a content array; check that baseURL points at the Anthropic API',
    );
  }
  const blocks = record.content as Block[];
  const warnings: string[] = [];
  const text = blocks
    .filter((block) => block.type === 'text' && typeof block.text === 'string')
    .map((block) => block.text as string)
    .join('');
  const toolUse = blocks.find((block) => block.type === 'tool_use' && block.name === plan.toolName);
  if (plan.mode === 'tool' && !toolUse)
    warnings.push('the model answered in text instead of calling the answer tool');
  const usage = (record.usage ?? {}) as Block;
  const answeredWithTool = plan.mode === 'tool' && toolUse !== undefined;
  return {
    text: answeredWithTool
      ? JSON.stringify(toolUse.input ?? {})
      : plan.mode === 'instructions'
        ? unwrapJsonCodeFence(text)
        : text,
    inputTokens:
      count(usage.input_tokens) +
      count(usage.cache_creation_input_tokens) +
      count(usage.cache_read_input_tokens),
    outputTokens: count(usage.output_tokens),
    finishReason: mapStopReason(record.stop_reason, answeredWithTool),
    ...(typeof record.id === 'string' ? { responseId: record.id } : {}),
    ...(typeof record.model === 'string' ? { responseModelId: record.model } : {}),
    warnings,
  };
}
