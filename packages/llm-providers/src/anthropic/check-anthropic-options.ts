import type { InputIssue } from '@triagekit/core';
import {
  checkHttpUrl,
  checkNonEmptyString,
  checkNumberInRange,
  checkPositiveInteger,
} from '../internal/option-checks.js';
import { checkPriceTable } from '../pricing/model-price.js';
import { checkRetryOptions } from '../retry/retry-options.js';
import type { AnthropicProviderOptions } from './anthropic-provider-options.js';

const jsonModes = ['auto', 'tool', 'output-format', 'instructions'];

/** Issues with the options of `createAnthropicProvider`, one per bad option. */
export function checkAnthropicOptions(options: AnthropicProviderOptions | undefined): InputIssue[] {
  const given = options ?? ({} as AnthropicProviderOptions);
  const connection = ['apiKey', 'baseURL', 'headers'] as const;
  return [
    ...checkNonEmptyString('model', given.model, true),
    ...checkHttpUrl('baseURL', given.baseURL),
    ...(given.temperature === null ? [] : checkNumberInRange('temperature', given.temperature, 0, 1)),
    ...(given.jsonMode === undefined || jsonModes.includes(given.jsonMode)
      ? []
      : [
          {
            path: 'jsonMode',
            message: `must be one of ${jsonModes.join(', ')}, got ${JSON.stringify(given.jsonMode)}`,
          },
        ]),
    ...checkPositiveInteger('timeoutMs', given.timeoutMs),
    ...checkRetryOptions(given.maxRetries, given.retry),
    ...checkPriceTable('prices', given.prices),
    ...(given.client !== undefined && connection.some((key) => given[key] !== undefined)
      ? [
          {
            path: 'client',
            message: `cannot be combined with ${connection.join(', ')}: configure your client instead`,
          },
        ]
      : []),
  ];
}
