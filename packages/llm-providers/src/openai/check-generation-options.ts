import type { InputIssue } from '@triagekit/core';
import { checkNonEmptyString, checkNumberInRange, checkPositiveInteger } from '../internal/option-checks.js';
import { checkPriceTable } from '../pricing/model-price.js';
import { checkRetryOptions } from '../retry/retry-options.js';
import type { OpenAiGenerationOptions } from './openai-generation-options.js';

function checkStringRecord(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  const valid =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof entry === 'string');
  return valid ? [] : [{ path, message: 'must be an object of string values' }];
}

/** Issues with the options every OpenAI-protocol chat provider shares, and with `headers` / `queryParams`. */
export function checkGenerationOptions(
  options: OpenAiGenerationOptions & { headers?: unknown; queryParams?: unknown },
): InputIssue[] {
  return [
    ...checkNonEmptyString('model', options.model, true),
    ...(options.temperature === null ? [] : checkNumberInRange('temperature', options.temperature, 0, 2)),
    ...(options.api === undefined || options.api === 'chat-completions' || options.api === 'responses'
      ? []
      : [
          {
            path: 'api',
            message: `must be "chat-completions" or "responses", got ${JSON.stringify(options.api)}`,
          },
        ]),
    ...checkPositiveInteger('timeoutMs', options.timeoutMs),
    ...checkRetryOptions(options.maxRetries, options.retry),
    ...checkPriceTable('prices', options.prices),
    ...checkStringRecord('headers', options.headers),
    ...checkStringRecord('queryParams', options.queryParams),
  ];
}
