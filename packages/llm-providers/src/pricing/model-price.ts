import type { InputIssue } from '@triagekit/core';

/** What one model costs, in US dollars per million tokens. */
export interface ModelPrice {
  /** Price of one million prompt (input) tokens, in USD. */
  readonly inputUsdPerMillionTokens: number;
  /** Price of one million generated (output) tokens, in USD; reasoning tokens are billed as output. */
  readonly outputUsdPerMillionTokens: number;
}

/**
 * Prices by model name. A name also prices its dated snapshots: `gpt-4o` prices `gpt-4o-2024-08-06`,
 * `claude-sonnet-4-5` prices `claude-sonnet-4-5-20250929` (but `gpt-4o` does not price `gpt-4o-mini`).
 */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

function isPrice(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Issues with a user-supplied `prices` option, one per bad entry. */
export function checkPriceTable(path: string, prices: unknown): InputIssue[] {
  if (prices === undefined) return [];
  if (typeof prices !== 'object' || prices === null || Array.isArray(prices)) {
    return [
      {
        path,
        message:
          'must be an object mapping model names to { inputUsdPerMillionTokens, outputUsdPerMillionTokens }',
      },
    ];
  }
  return Object.entries(prices).flatMap(([model, price]) => {
    const record = (typeof price === 'object' && price !== null ? price : {}) as Record<string, unknown>;
    return isPrice(record.inputUsdPerMillionTokens) && isPrice(record.outputUsdPerMillionTokens)
      ? []
      : [
          {
            path: `${path}.${model}`,
            message:
              'must be { inputUsdPerMillionTokens, outputUsdPerMillionTokens } with finite, non-negative numbers, ' +
              `got ${JSON.stringify(price)}`,
          },
        ];
  });
}
