import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { KNOWN_ANSWER_SIGNATURE_VECTOR } from '../__fixtures__/known-answer-signature-vector.js';
import { signWebhook } from '../__fixtures__/sign-webhook.js';
import { verifyPagerDutySignature } from './verify-pagerduty-signature.js';

const { secret, signatureHeader } = KNOWN_ANSWER_SIGNATURE_VECTOR;
const body = KNOWN_ANSWER_SIGNATURE_VECTOR.body();

describe('verifyPagerDutySignature', () => {
  it('agrees with the independently signed known-answer vector, for bytes and for the same text', () => {
    expect(verifyPagerDutySignature({ rawBody: body, signatureHeader, secrets: [secret] })).toEqual({
      ok: true,
      secretIndex: 0,
    });
    const text = body.toString('utf8');
    expect(verifyPagerDutySignature({ rawBody: text, signatureHeader, secrets: [secret] }).ok).toBe(true);
  });

  it('accepts upper-case hex, spaces around entries, and the header repeated', () => {
    const upper = `v1=${signatureHeader.slice(3).toUpperCase()}`;
    expect(
      verifyPagerDutySignature({ rawBody: body, signatureHeader: ` ${upper} `, secrets: [secret] }).ok,
    ).toBe(true);
    const repeated = [`v1=${'0'.repeat(64)}`, signatureHeader];
    expect(verifyPagerDutySignature({ rawBody: body, signatureHeader: repeated, secrets: [secret] }).ok).toBe(
      true,
    );
  });

  it('ignores signatures of other versions next to a valid v1 one', () => {
    const header = `v2=${'a'.repeat(64)},${signatureHeader}`;
    expect(verifyPagerDutySignature({ rawBody: body, signatureHeader: header, secrets: [secret] }).ok).toBe(
      true,
    );
  });

  it('tells a header holding only other forms (malformed) from one that does not match', () => {
    for (const header of [
      'sha256=abc',
      `v1=${'g'.repeat(64)}`,
      `v1=${'a'.repeat(63)}`,
      `v2=${'a'.repeat(64)}`,
    ]) {
      expect(
        verifyPagerDutySignature({ rawBody: body, signatureHeader: header, secrets: [secret] }),
      ).toMatchObject({
        ok: false,
        reason: 'malformed-header',
      });
    }
    const other = signWebhook(body, 'another-secret');
    expect(
      verifyPagerDutySignature({ rawBody: body, signatureHeader: other, secrets: [secret] }),
    ).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('treats an empty header or one of commas as missing', () => {
    for (const header of [undefined, null, '', ' , ', []]) {
      expect(
        verifyPagerDutySignature({ rawBody: body, signatureHeader: header, secrets: [secret] }),
      ).toMatchObject({
        ok: false,
        reason: 'missing-header',
      });
    }
  });

  it('never puts a secret in its message', () => {
    const result = verifyPagerDutySignature({
      rawBody: 'x',
      signatureHeader,
      secrets: [secret, 'rotated-secret-2'],
    });
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).not.toContain(secret);
    expect(message).not.toContain('rotated-secret-2');
    expect(message).toContain('2 secret(s)');
  });

  it('throws a configuration error without secrets', () => {
    expect(() => verifyPagerDutySignature({ rawBody: body, signatureHeader, secrets: [] })).toThrow(
      InvalidInputError,
    );
    expect(() => verifyPagerDutySignature({ rawBody: body, signatureHeader, secrets: [secret, ''] })).toThrow(
      'secrets',
    );
  });
});
