import { createHash, timingSafeEqual } from 'node:crypto';
import { InvalidInputError } from '@triagekit/core';

/** Why a request's bearer token was refused. */
export type BearerTokenFailure = 'missing-header' | 'malformed-header' | 'mismatch';

/** The outcome of {@link verifyBearerToken}. */
export type BearerTokenVerification =
  | { readonly ok: true /** Index in `tokens` of the token that matched. */; readonly tokenIndex: number }
  | {
      readonly ok: false;
      readonly reason: BearerTokenFailure /** For logs; never echoes the token. */;
      readonly message: string;
    };

/** Options of {@link verifyBearerToken}. */
export interface VerifyBearerTokenOptions {
  /** The request's `Authorization` header, e.g. `Bearer 3f9c...`; a repeated header's values as an array. */
  readonly authorizationHeader: string | readonly string[] | null | undefined;
  /** Every token currently accepted (the new and the old one while rotating). At least one. */
  readonly tokens: readonly string[];
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Checks the `Authorization: Bearer <token>` header Alertmanager sends when its receiver has
 * `http_config.authorization` configured, against every accepted token. Comparisons are constant-time
 * (`crypto.timingSafeEqual` over SHA-256 digests, so neither the content nor the length of a token leaks)
 * and every token is compared, whichever matches. Answer 401 when it returns `ok: false`.
 *
 * @throws InvalidInputError when `tokens` is empty or holds an empty token (a configuration error, not a
 * request error).
 */
export function verifyBearerToken(options: VerifyBearerTokenOptions): BearerTokenVerification {
  if (
    options.tokens.length === 0 ||
    options.tokens.some((token) => typeof token !== 'string' || token === '')
  ) {
    throw new InvalidInputError({
      source: 'verifyBearerToken options',
      issues: [{ path: 'tokens', message: 'must hold at least one non-empty token' }],
    });
  }
  const header = options.authorizationHeader;
  const values =
    header === null || header === undefined ? [] : typeof header === 'string' ? [header] : header;
  if (values.length === 0 || values.every((value) => value.trim() === '')) {
    return { ok: false, reason: 'missing-header', message: 'the request has no Authorization header' };
  }
  if (values.length > 1) {
    return {
      ok: false,
      reason: 'malformed-header',
      message: 'the request has more than one Authorization header',
    };
  }
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(values[0] ?? '');
  if (!match?.[1]) {
    return {
      ok: false,
      reason: 'malformed-header',
      message: 'the Authorization header is not of the form "Bearer <token>"',
    };
  }
  const received = digest(match[1]);
  let tokenIndex = -1;
  options.tokens.forEach((token, index) => {
    if (timingSafeEqual(received, digest(token)) && tokenIndex === -1) tokenIndex = index;
  });
  if (tokenIndex === -1) {
    return { ok: false, reason: 'mismatch', message: 'the bearer token matches none of the accepted tokens' };
  }
  return { ok: true, tokenIndex };
}
