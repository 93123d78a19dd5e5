import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { verifyBearerToken } from './verify-bearer-token.js';

const current = 'tk_4e1d9a7c2b8f';
const previous = 'tk_0a6c3e9f5d21';

describe('verifyBearerToken', () => {
  it('accepts the configured token, with any capitalisation of the scheme', () => {
    expect(verifyBearerToken({ authorizationHeader: `Bearer ${current}`, tokens: [current] })).toEqual({
      ok: true,
      tokenIndex: 0,
    });
    expect(verifyBearerToken({ authorizationHeader: `bearer ${current}`, tokens: [current] }).ok).toBe(true);
  });

  it('accepts either token while rotating, and says which matched', () => {
    const tokens = [previous, current];
    expect(verifyBearerToken({ authorizationHeader: `Bearer ${current}`, tokens })).toEqual({
      ok: true,
      tokenIndex: 1,
    });
    expect(verifyBearerToken({ authorizationHeader: [`Bearer ${previous}`], tokens })).toEqual({
      ok: true,
      tokenIndex: 0,
    });
  });

  it('refuses a wrong token, a prefix of the token, and the token with a suffix', () => {
    for (const token of ['tk_wrong', current.slice(0, -1), `${current}0`]) {
      const result = verifyBearerToken({ authorizationHeader: `Bearer ${token}`, tokens: [current] });
      expect(result).toMatchObject({ ok: false, reason: 'mismatch' });
    }
  });

  it('refuses a missing header and says why, without echoing the token', () => {
    for (const header of [undefined, null, '', []]) {
      expect(verifyBearerToken({ authorizationHeader: header, tokens: [current] })).toMatchObject({
        ok: false,
        reason: 'missing-header',
      });
    }
  });

  it('refuses headers of another form', () => {
    for (const header of [`Basic ${current}`, current, `Bearer ${current} extra`, 'Bearer ']) {
      const result = verifyBearerToken({ authorizationHeader: header, tokens: [current] });
      expect(result).toMatchObject({ ok: false, reason: 'malformed-header' });
      expect(result.ok ? '' : result.message).not.toContain(current);
    }
    expect(
      verifyBearerToken({
        authorizationHeader: [`Bearer ${current}`, `Bearer ${current}`],
        tokens: [current],
      }),
    ).toMatchObject({ ok: false, reason: 'malformed-header' });
  });

  it('throws a configuration error when no token is configured', () => {
    expect(() => verifyBearerToken({ authorizationHeader: 'Bearer x', tokens: [] })).toThrow(
      InvalidInputError,
    );
    expect(() => verifyBearerToken({ authorizationHeader: 'Bearer x', tokens: [''] })).toThrow('tokens');
  });
});
