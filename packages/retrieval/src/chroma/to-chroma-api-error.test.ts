import { ApiCallError, TimeoutError } from '@triagekit/core';
import {
  ChromaClientError,
  ChromaConnectionError,
  ChromaForbiddenError,
  ChromaNotFoundError,
  ChromaRateLimitError,
  ChromaServerError,
  ChromaUnauthorizedError,
  ChromaUniqueError,
  ChromaValueError,
} from 'chromadb';
import { describe, expect, it } from 'vitest';
import { toChromaApiError } from './to-chroma-api-error.js';

const context = { url: 'http://127.0.0.1:8123', operation: 'Querying Chroma collection "runbooks"' };

function mapped(error: unknown): ApiCallError {
  const result = toChromaApiError(error, context);
  expect(ApiCallError.isInstance(result)).toBe(true);
  return result as ApiCallError;
}

describe('toChromaApiError', () => {
  it('explains a refused connection: the URL, that the server may be down, and how to start one on that port', () => {
    const cause = new ChromaConnectionError('Failed to connect to chromadb.');
    const error = mapped(cause);
    expect(error.message).toBe(
      'Querying Chroma collection "runbooks" failed: could not connect to Chroma at http://127.0.0.1:8123: is the server running? ' +
        'Start a server with `npx chroma run --path ./chroma-data --port 8123` (the `chroma` CLI ships with the chromadb package), or set `url` to where yours runs.',
    );
    expect(error).toMatchObject({ url: context.url, statusCode: undefined, isRetryable: true, cause });
  });

  it.each([
    [new ChromaServerError('internal error'), undefined, true],
    [new ChromaRateLimitError('Rate limit exceeded'), 429, true],
    [new ChromaClientError('Bad request: dimension 3, got 2'), 400, false],
    [new ChromaUnauthorizedError('Unauthorized'), 401, false],
    [new ChromaForbiddenError('Forbidden'), 403, false],
    [new ChromaNotFoundError('Not found'), 404, false],
    [new ChromaUniqueError('exists'), 409, false],
    [new ChromaValueError('Record set length 9 exceeds max batch size 5'), undefined, false],
  ])('maps %s to status %s, retryable %s', (cause, statusCode, isRetryable) => {
    expect(mapped(cause)).toMatchObject({ statusCode, isRetryable, cause, url: context.url });
  });

  it('keeps Chroma’s own words where they help, and says what to do for auth errors', () => {
    expect(mapped(new ChromaClientError('dimension 3, got 2')).message).toMatch(
      /Chroma rejected the request: dimension 3, got 2$/,
    );
    expect(mapped(new ChromaUnauthorizedError('Unauthorized')).message).toMatch(
      /pass its token in `headers`/,
    );
    expect(mapped(new ChromaValueError('too many')).message).toMatch(
      /the chromadb client failed: ChromaValueError: too many$/,
    );
  });

  it('passes triage errors through unchanged', () => {
    const timeout = new TimeoutError({ operation: 'query', timeoutMs: 5 });
    expect(toChromaApiError(timeout, context)).toBe(timeout);
  });

  it('uses Chroma’s default port in the hint when the server is a supplied client', () => {
    const error = toChromaApiError(new ChromaConnectionError('x'), {
      ...context,
      url: 'the server of the supplied ChromaClient',
    });
    expect(error.message).toMatch(/--port 8000/);
  });
});
