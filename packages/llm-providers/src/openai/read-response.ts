import type { LlmProviderV1GenerateResult } from '@triagekit/core';
import { ResponseShapeError } from '../errors/response-shape-error.js';
import type { GenerationOutcome } from '../generation/generation-outcome.js';
import { unwrapJsonCodeFence } from '../generation/json-instructions.js';

type Item = Record<string, unknown>;

function finishReason(record: Item): LlmProviderV1GenerateResult['finishReason'] {
  if (record.status === 'completed') return 'stop';
  if (record.status === 'failed') return 'error';
  const reason = (record.incomplete_details as Item | null | undefined)?.reason;
  if (reason === 'max_output_tokens') return 'length';
  if (reason === 'content_filter') return 'content-filter';
  return 'other';
}

function contentParts(output: unknown): Item[] {
  if (!Array.isArray(output)) return [];
  return output
    .filter((item: Item) => item?.type === 'message' && Array.isArray(item.content))
    .flatMap((item: Item) => item.content as Item[]);
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
}

/**
 * Reads a Responses API answer: the `output_text` parts of its `message` items, `status` and
 * `incomplete_details`, `usage.input_tokens` / `output_tokens`, `id` and `model`. Reasoning items are
 * skipped. A refusal part gives empty text and `content-filter`; a `failed` response gives `error` with the
 * server's message as a warning.
 * @throws ResponseShapeError when the body is not a response object.
 */
export function readResponse(body: unknown, unwrapFence: boolean): GenerationOutcome {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Item;
  if (record.object !== 'response' || !Array.isArray(record.output)) {
    throw new ResponseShapeError(
      'not a response object with an output array; check that the server implements the Responses API',
    );
  }
  const warnings: string[] = [];
  const parts = contentParts(record.output);
  const refusal = parts.find((part) => part.type === 'refusal');
  if (refusal) warnings.push(`the model refused to answer: ${String(refusal.refusal)}`);
  const failure = (record.error as Item | null | undefined)?.message;
  if (record.status === 'failed')
    warnings.push(`the response failed: ${String(failure ?? 'no reason given')}`);
  const text = parts
    .filter((part) => part.type === 'output_text' && typeof part.text === 'string')
    .map((part) => part.text as string)
    .join('');
  const usage = record.usage as Item | undefined;
  const inputTokens = count(usage?.input_tokens);
  const outputTokens = count(usage?.output_tokens);
  const usageUnknown = inputTokens === undefined || outputTokens === undefined;
  if (usageUnknown)
    warnings.push('the server reported no token usage; usage is counted as 0 and the cost is unknown');
  return {
    text: refusal ? '' : unwrapFence ? unwrapJsonCodeFence(text) : text,
    inputTokens: inputTokens ?? 0,
    outputTokens: outputTokens ?? 0,
    ...(usageUnknown ? { usageUnknown } : {}),
    finishReason: refusal ? 'content-filter' : finishReason(record),
    ...(typeof record.id === 'string' ? { responseId: record.id } : {}),
    ...(typeof record.model === 'string' ? { responseModelId: record.model } : {}),
    warnings,
  };
}
