import { describe, expect, it } from 'vitest';
import { classifyLookupError } from './classify-lookup-error.js';

function serviceError(name: string, status: number, fault: 'client' | 'server' = 'client') {
  return Object.assign(new Error(`${name} message`), {
    name,
    $fault: fault,
    $metadata: { httpStatusCode: status },
  });
}

describe('classifyLookupError', () => {
  it.each([
    ['ThrottlingException', 400, 'throttled', true],
    ['TooManyRequestsException', 429, 'throttled', true],
    ['AccessDeniedException', 400, 'access-denied', false],
    ['UnrecognizedClientException', 400, 'access-denied', false],
    ['ExpiredTokenException', 400, 'access-denied', false],
    ['InvalidTimeRangeException', 400, 'invalid-request', false],
    ['InvalidNextTokenException', 400, 'invalid-request', false],
  ] as const)('%s (HTTP %i) is %s, retryable: %s', (name, status, kind, retryable) => {
    expect(classifyLookupError(serviceError(name, status), false)).toEqual({
      kind,
      retryable,
      code: name,
      statusCode: status,
      detail: `${name} message`,
    });
  });

  it('retries server faults and bodies a proxy garbled with a 5xx', () => {
    expect(classifyLookupError(serviceError('InternalFailure', 500, 'server'), false).kind).toBe('server');
    const garbled = Object.assign(new SyntaxError('Unexpected token <\n  Deserialization error: ...'), {
      $metadata: { httpStatusCode: 502 },
    });
    expect(classifyLookupError(garbled, false)).toMatchObject({
      kind: 'server',
      retryable: true,
      detail: 'Unexpected token <',
    });
  });

  it('does not retry a malformed 2xx body', () => {
    const malformed = Object.assign(new SyntaxError('Unexpected end of JSON input'), {
      $metadata: { httpStatusCode: 200 },
    });
    expect(classifyLookupError(malformed, false)).toMatchObject({
      kind: 'malformed-response',
      retryable: false,
    });
  });

  it('recognises timeouts, network errors and missing credentials', () => {
    const aborted = Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    expect(classifyLookupError(aborted, true)).toMatchObject({ kind: 'timeout', retryable: true });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(classifyLookupError(refused, false)).toMatchObject({
      kind: 'network',
      retryable: true,
      code: 'ECONNREFUSED',
    });
    const noCredentials = Object.assign(new Error('Could not load credentials'), {
      name: 'CredentialsProviderError',
    });
    expect(classifyLookupError(noCredentials, false)).toMatchObject({
      kind: 'credentials',
      retryable: false,
    });
  });

  it('does not retry what it cannot recognise', () => {
    expect(classifyLookupError('boom', false)).toMatchObject({
      kind: 'unknown',
      retryable: false,
      detail: 'boom',
    });
  });
});
