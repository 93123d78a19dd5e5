import type {
  LlmMessageV1,
  LlmProviderV1,
  LlmProviderV1GenerateOptions,
  LlmProviderV1GenerateResult,
} from '../../spec/llm-provider-v1.js';
import { assertConformance } from './assert-conformance.js';
import { checkPluginIdentity } from './check-plugin-identity.js';
import { settleWithin } from './settle-within.js';

/** The prompt every provider check sends. */
export interface LlmProviderV1CheckInput {
  /** A tiny prompt; the checks do not look at the answer's content. */
  readonly messages: readonly LlmMessageV1[];
  /** Hard cap on generated tokens for each call. */
  readonly maxOutputTokens: number;
}

const finishReasons: readonly string[] = ['stop', 'length', 'content-filter', 'error', 'other'];

function label(provider: LlmProviderV1): string {
  return `LLM provider "${String(provider.providerId)}" (model "${String(provider.modelId)}")`;
}

function isNonNegativeInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * `specificationVersion` is `'v1'`; `providerId` is a non-empty string without whitespace; `modelId` is a
 * non-empty string.
 */
export function checkLlmProviderV1Identity(provider: LlmProviderV1): void {
  checkPluginIdentity(provider, 'LLM provider', [
    { key: 'providerId' },
    { key: 'modelId', allowWhitespace: true },
  ]);
}

/**
 * `result` has string `text`, non-negative integer token counts, a known `finishReason`, and, when
 * present, a finite non-negative `costUsd` and string `warnings`.
 */
export function validateLlmProviderV1Result(
  provider: LlmProviderV1,
  result: unknown,
): asserts result is LlmProviderV1GenerateResult {
  const name = label(provider);
  assertConformance(
    typeof result === 'object' && result !== null,
    `${name} doGenerate must resolve to a result object, got ${String(result)}.`,
  );
  const { text, usage, finishReason, costUsd, warnings } = result as Record<string, unknown>;
  assertConformance(typeof text === 'string', `${name} result text must be a string, got ${typeof text}.`);
  const { inputTokens, outputTokens } = (typeof usage === 'object' && usage !== null ? usage : {}) as Record<
    string,
    unknown
  >;
  assertConformance(
    isNonNegativeInteger(inputTokens) && isNonNegativeInteger(outputTokens),
    `${name} usage must hold non-negative integer inputTokens and outputTokens, got ${JSON.stringify(usage)}.`,
  );
  assertConformance(
    typeof finishReason === 'string' && finishReasons.includes(finishReason),
    `${name} finishReason must be one of ${finishReasons.join(', ')}, got ${JSON.stringify(finishReason)}.`,
  );
  assertConformance(
    costUsd === undefined || (typeof costUsd === 'number' && Number.isFinite(costUsd) && costUsd >= 0),
    `${name} costUsd must be a finite, non-negative number when present, got ${String(costUsd)}.`,
  );
  assertConformance(
    warnings === undefined ||
      (Array.isArray(warnings) && warnings.every((warning) => typeof warning === 'string')),
    `${name} warnings must be an array of strings when present.`,
  );
}

/** One `doGenerate` call with the input prompt resolves with a valid result. */
export async function checkLlmProviderV1Generates(
  provider: LlmProviderV1,
  input: LlmProviderV1CheckInput,
): Promise<void> {
  const options: LlmProviderV1GenerateOptions = {
    messages: input.messages,
    maxOutputTokens: input.maxOutputTokens,
    temperature: 0,
    abortSignal: new AbortController().signal,
  };
  validateLlmProviderV1Result(provider, await provider.doGenerate(options));
}

/** Called with an already-aborted signal, `doGenerate` rejects within `timeoutMs` (default 2000). */
export async function checkLlmProviderV1RejectsWhenAborted(
  provider: LlmProviderV1,
  input: LlmProviderV1CheckInput,
  timeoutMs = 2000,
): Promise<void> {
  const controller = new AbortController();
  controller.abort(new Error('aborted by the conformance check'));
  const what = `${label(provider)} doGenerate with an already-aborted signal`;
  const settled = await settleWithin(
    (async () =>
      provider.doGenerate({
        messages: input.messages,
        maxOutputTokens: input.maxOutputTokens,
        abortSignal: controller.signal,
      }))(),
    timeoutMs,
    what,
  );
  assertConformance(
    settled.status === 'rejected',
    `${what} resolved; it must reject without calling the model.`,
  );
}
