import type { InputIssue } from '../errors/invalid-input-error.js';
import { assertSpecificationVersion } from '../spec/assert-specification-version.js';
import type { SummaryOptions } from './summary-options.js';

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

/**
 * Problems with the `summary` pipeline option, as issues under the path `summary.`. Throws
 * `UnsupportedSpecificationVersionError` for a provider of another specification version.
 */
export function validateSummaryOptions(options: SummaryOptions): InputIssue[] {
  const issues: InputIssue[] = [];
  const provider = options.provider as SummaryOptions['provider'] | undefined;
  if (typeof provider !== 'object' || provider === null || typeof provider.doGenerate !== 'function') {
    return [{ path: 'summary.provider', message: 'must be an LlmProviderV1 (an object with doGenerate)' }];
  }
  assertSpecificationVersion(provider, 'LLM provider', 'providerId');
  const positive: [string, number | undefined][] = [
    ['summary.maxOutputTokens', options.maxOutputTokens],
    ['summary.timeoutMs', options.timeoutMs],
    ['summary.maxPromptTokens', options.maxPromptTokens],
  ];
  for (const [path, value] of positive) {
    if (value !== undefined && !isPositive(value))
      issues.push({ path, message: `must be a positive number, got ${String(value)}` });
  }
  if (options.temperature !== undefined && !(options.temperature >= 0 && options.temperature <= 2))
    issues.push({
      path: 'summary.temperature',
      message: `must be between 0 and 2, got ${String(options.temperature)}`,
    });
  const repairs = options.maxRepairAttempts;
  if (repairs !== undefined && repairs !== 0 && repairs !== 1)
    issues.push({ path: 'summary.maxRepairAttempts', message: `must be 0 or 1, got ${String(repairs)}` });
  const pricing = options.pricing ?? provider.pricing;
  if (pricing !== undefined) {
    for (const key of ['inputUsdPerMillionTokens', 'outputUsdPerMillionTokens'] as const) {
      const value = pricing[key];
      if (!(Number.isFinite(value) && value >= 0))
        issues.push({
          path: `summary.pricing.${key}`,
          message: `must be a non-negative number, got ${String(value)}`,
        });
    }
  }
  if (options.countTokens !== undefined && typeof options.countTokens !== 'function')
    issues.push({ path: 'summary.countTokens', message: 'must be a function (text) => number' });
  return issues;
}
