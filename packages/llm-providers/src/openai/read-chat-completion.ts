import type { LlmProviderV1GenerateResult } from '@triagekit/core';
import { ResponseShapeError } from '../errors/response-shape-error.js';
import type { GenerationOutcome } from '../generation/generation-outcome.js';
import { unwrapJsonCodeFence } from '../generation/json-instructions.js';

function finishReason(reason: unknown): LlmProviderV1GenerateResult['finishReason'] {
  if (reason === 'stop') return 'stop';
  if (reason === 'length') return 'length';
  if (reason === 'content_filter') return 'content-filter';
  return 'other';
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
}

/**
 * Reads a Chat Completions answer: `choices[0].message.content`, `finish_reason`, `usage.prompt_tokens` /
 * `completion_tokens`, `id` and `model`. A refusal gives empty text, `content-filter` and a warning; missing
 * usage (some compatible servers) gives zeros and a warning. When JSON was asked for without a schema
 * guarantee, a reply wrapped in one code fence is unwrapped.
 * @throws ResponseShapeError when the body has no `choices[0].message`.
 */
export function readChatCompletion(body: unknown, unwrapFence: boolean): GenerationOutcome {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const choice = Array.isArray(record.choices)
    ? (record.choices[0] as Record<string, unknown> | undefined)
    : undefined;
  const message = choice?.message as Record<string, unknown> | undefined;
  if (typeof message !== 'object' || message === null) {
    const what =
      typeof body === 'string'
        ? `a text body instead of JSON (${JSON.stringify(body.slice(0, 80))})`
        : 'no choices[0].message';
    throw new ResponseShapeError(`${what}; check that baseURL points at an OpenAI-compatible API`);
  }
  const warnings: string[] = [];
  const usage = record.usage as Record<string, unknown> | undefined;
  const inputTokens = count(usage?.prompt_tokens);
  const outputTokens = count(usage?.completion_tokens);
  if (inputTokens === undefined || outputTokens === undefined) {
    warnings.push('the server reported no token usage; usage is counted as 0 and the cost is unknown');
  }
  const content = typeof message.content === 'string' ? message.content : '';
  const refused = typeof message.refusal === 'string' && message.refusal !== '';
  if (refused) warnings.push(`the model refused to answer: ${String(message.refusal)}`);
  return {
    text: refused ? '' : unwrapFence ? unwrapJsonCodeFence(content) : content,
    inputTokens: inputTokens ?? 0,
    outputTokens: outputTokens ?? 0,
    ...(inputTokens === undefined || outputTokens === undefined ? { usageUnknown: true } : {}),
    finishReason: refused ? 'content-filter' : finishReason(choice?.finish_reason),
    ...(typeof record.id === 'string' ? { responseId: record.id } : {}),
    ...(typeof record.model === 'string' ? { responseModelId: record.model } : {}),
    warnings,
  };
}
