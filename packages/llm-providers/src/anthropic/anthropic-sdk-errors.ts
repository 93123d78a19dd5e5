import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';
import type { ProviderErrorDetails, SdkApiError, SdkErrorClasses } from '../errors/describe-sdk-failure.js';

/** The Anthropic SDK's error classes, for {@link describeSdkFailure}. */
export const anthropicErrorClasses: SdkErrorClasses = {
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
};

// A spend limit answers 429 like a rate limit, but nothing changes until the limit is raised.
const permanentCodes = new Set(['enforced_spend_limit_reached']);

/** Reads Anthropic's error body `{"type": "error", "error": {"type", "message", "details"?}}`. */
export function readAnthropicError(error: SdkApiError): ProviderErrorDetails {
  const body = error.error;
  if (typeof body !== 'object' || body === null) return typeof body === 'string' ? { message: body } : {};
  const inner = (body as Record<string, unknown>).error as Record<string, unknown> | undefined;
  const message = typeof inner?.message === 'string' ? inner.message : undefined;
  const type = typeof inner?.type === 'string' ? inner.type : undefined;
  const code = (inner?.details as Record<string, unknown> | undefined)?.error_code;
  const permanent = typeof code === 'string' && permanentCodes.has(code);
  return {
    ...(message === undefined ? {} : { message }),
    ...(type === undefined ? {} : { kind: permanent ? `${type}: ${code}` : type }),
    ...(permanent ? { retryable: false } : {}),
  };
}
