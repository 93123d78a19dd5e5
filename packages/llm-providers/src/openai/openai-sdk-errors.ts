import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { ProviderErrorDetails, SdkApiError, SdkErrorClasses } from '../errors/describe-sdk-failure.js';

/** The OpenAI SDK's error classes, for {@link describeSdkFailure}. */
export const openAiErrorClasses: SdkErrorClasses = {
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
};

// An exhausted quota or billing limit answers 429 too, but waiting does not help.
const permanentCodes = new Set(['insufficient_quota', 'billing_hard_limit_reached', 'billing_not_active']);

/**
 * Reads OpenAI's error body `{"error": {"message", "type", "code"}}` (the SDK keeps its inner object). Bodies
 * of other shapes, as compatible servers send (`{"error": "model not found"}`, `{"detail": ...}`), give
 * their text.
 */
export function readOpenAiError(error: SdkApiError): ProviderErrorDetails {
  const body = error.error;
  if (typeof body === 'string') return { message: body };
  if (typeof body !== 'object' || body === null) return {};
  const { message, code, type, detail } = body as Record<string, unknown>;
  const kind = typeof code === 'string' ? code : typeof type === 'string' ? type : undefined;
  const text = typeof message === 'string' ? message : typeof detail === 'string' ? detail : undefined;
  return {
    ...(text === undefined ? {} : { message: text }),
    ...(kind === undefined ? {} : { kind }),
    ...(kind !== undefined && permanentCodes.has(kind) ? { retryable: false } : {}),
  };
}
