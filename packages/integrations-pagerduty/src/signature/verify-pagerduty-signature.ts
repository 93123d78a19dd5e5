import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidInputError } from '@triagekit/core';

/** Why a webhook's signature was refused. */
export type PagerDutySignatureFailure = 'missing-header' | 'malformed-header' | 'mismatch';

/** The outcome of {@link verifyPagerDutySignature}. */
export type PagerDutySignatureVerification =
  | { readonly ok: true /** Index in `secrets` of the secret that matched. */; readonly secretIndex: number }
  | {
      readonly ok: false;
      readonly reason: PagerDutySignatureFailure;
      /** For logs: what was wrong; never echoes a secret. */
      readonly message: string;
    };

/** Options of {@link verifyPagerDutySignature}. */
export interface VerifyPagerDutySignatureOptions {
  /** The request body exactly as received: bytes, or text that decodes them (UTF-8). Never re-serialised JSON. */
  readonly rawBody: string | Uint8Array;
  /** The `X-PagerDuty-Signature` header, e.g. `v1=9f2c...,v1=04ab...`; a repeated header's values as an array. */
  readonly signatureHeader: string | readonly string[] | null | undefined;
  /** Every signing secret currently accepted (the new and the old one while rotating). At least one. */
  readonly secrets: readonly string[];
}

const SIGNATURE = /^v1=([0-9a-f]{64})$/i;

function checkSecrets(secrets: readonly string[]): void {
  if (secrets.length > 0 && secrets.every((secret) => typeof secret === 'string' && secret !== '')) return;
  throw new InvalidInputError({
    source: 'verifyPagerDutySignature options',
    issues: [{ path: 'secrets', message: 'must hold at least one non-empty signing secret' }],
    hint: 'The signing secret is returned once, when the webhook subscription is created.',
  });
}

/**
 * Verifies a PagerDuty v3 webhook: `X-PagerDuty-Signature` holds one or more comma-separated `v1=<hex>`
 * signatures (several while PagerDuty rotates its secret), each the HMAC-SHA256 of the raw body under one
 * signing secret. The request is authentic when any signature matches any of `secrets`. Every pair is
 * compared, in constant time (`crypto.timingSafeEqual`), whichever matches; signatures of other versions are
 * ignored. Answer 401 when it returns `ok: false`, before parsing the body.
 *
 * @throws InvalidInputError when `secrets` is empty or holds an empty secret (configuration, not request,
 * error).
 */
export function verifyPagerDutySignature(
  options: VerifyPagerDutySignatureOptions,
): PagerDutySignatureVerification {
  checkSecrets(options.secrets);
  const header = options.signatureHeader;
  const values =
    header === null || header === undefined ? [] : typeof header === 'string' ? [header] : header;
  const entries = values
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) {
    return {
      ok: false,
      reason: 'missing-header',
      message: 'the request has no X-PagerDuty-Signature header',
    };
  }
  const signatures = entries.flatMap((entry) => {
    const hex = SIGNATURE.exec(entry)?.[1];
    return hex === undefined ? [] : [Buffer.from(hex, 'hex')];
  });
  if (signatures.length === 0) {
    return {
      ok: false,
      reason: 'malformed-header',
      message: `X-PagerDuty-Signature holds no v1=<64 hex digits> signature (${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} of another form)`,
    };
  }
  const body = typeof options.rawBody === 'string' ? Buffer.from(options.rawBody, 'utf8') : options.rawBody;
  let secretIndex = -1;
  options.secrets.forEach((secret, index) => {
    const expected = createHmac('sha256', secret).update(body).digest();
    for (const signature of signatures) {
      if (timingSafeEqual(signature, expected) && secretIndex === -1) secretIndex = index;
    }
  });
  if (secretIndex === -1) {
    return {
      ok: false,
      reason: 'mismatch',
      message: `none of the ${signatures.length} v1 signature(s) matches the body under any of the ${options.secrets.length} secret(s); check the signing secret, and that the body is passed on unaltered`,
    };
  }
  return { ok: true, secretIndex };
}
