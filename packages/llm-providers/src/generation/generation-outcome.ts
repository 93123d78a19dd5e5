import type { LlmProviderV1GenerateResult } from '@triagekit/core';

/** What a provider adapter read from one successful answer, before pricing. */
export interface GenerationOutcome {
  readonly text: string;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly finishReason: LlmProviderV1GenerateResult['finishReason'];
  /** The model snapshot that answered, e.g. `gpt-4o-2024-08-06`. */
  readonly responseModelId?: string;
  /** The provider's id of the answer, e.g. `chatcmpl-...` or `msg_...`. */
  readonly responseId?: string;
  /** True when the server reported no usage: the token counts are 0 and no cost is computed. */
  readonly usageUnknown?: boolean;
  /** Degraded-but-usable details found while reading the answer. */
  readonly warnings: readonly string[];
}
