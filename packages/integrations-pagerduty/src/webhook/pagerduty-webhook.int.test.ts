import { InvalidInputError } from '@triagekit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IntakeServer, startIntakeServer } from '../__fixtures__/intake-server.js';
import { KNOWN_ANSWER_SIGNATURE_VECTOR } from '../__fixtures__/known-answer-signature-vector.js';
import { readFixture } from '../__fixtures__/read-fixture.js';
import { signWebhook } from '../__fixtures__/sign-webhook.js';
import { verifyPagerDutySignature } from '../signature/verify-pagerduty-signature.js';
import { parsePagerDutyWebhook } from './parse-pagerduty-webhook.js';

// The server does what `triagekit serve` does with POST /alerts/pagerduty: verify the signature over the
// raw bytes, answer 401 when it fails, else parse and answer 202. The secrets it accepts change per test.
const retiredSecret = 'pd-whsec-retired-Zk9q2LrX';
const currentSecret = 'pd-whsec-current-4TnW8vYc';
let secrets: string[] = [];
let server: IntakeServer;

beforeAll(async () => {
  server = await startIntakeServer((rawBody, headers) => {
    const verification = verifyPagerDutySignature({
      rawBody,
      signatureHeader: headers['x-pagerduty-signature'],
      secrets,
    });
    if (!verification.ok) return { status: 401, body: { reason: verification.reason } };
    try {
      const event = parsePagerDutyWebhook(rawBody);
      const fingerprint = event.kind === 'alert' ? event.alert.fingerprint : null;
      return { status: 202, body: { secretIndex: verification.secretIndex, kind: event.kind, fingerprint } };
    } catch (error) {
      if (InvalidInputError.isInstance(error)) return { status: 400, body: { issues: error.issues } };
      throw error;
    }
  });
});

afterAll(async () => {
  await server?.close();
});

/** Posts `body` byte for byte, with the headers PagerDuty sends, and returns status and answer. */
async function deliver(body: Buffer, signature: string | undefined) {
  const response = await fetch(`${server.url}/alerts/pagerduty`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': 'PagerDuty-Webhook/V3.0',
      'X-Webhook-Id': '7ef6d8a2-4c3b-4e0f-9d1a-5b2c8e6f0a13',
      'X-Webhook-Subscription': 'PWEBHK1',
      ...(signature === undefined ? {} : { 'X-PagerDuty-Signature': signature }),
    },
    body,
  });
  return { status: response.status, answer: (await response.json()) as Record<string, unknown> };
}

describe('PagerDuty webhooks delivered over HTTP', () => {
  const triggered = readFixture('incident-triggered.json');

  it('accepts the known-answer vector signed outside Node.js, and parses it', async () => {
    secrets = [KNOWN_ANSWER_SIGNATURE_VECTOR.secret];
    const { status, answer } = await deliver(
      KNOWN_ANSWER_SIGNATURE_VECTOR.body(),
      KNOWN_ANSWER_SIGNATURE_VECTOR.signatureHeader,
    );
    expect(status).toBe(202);
    expect(answer).toEqual({ secretIndex: 0, kind: 'alert', fingerprint: 'Q1TKVEC7XY' });
  });

  it('accepts a signed incident.triggered and returns the alert to triage', async () => {
    secrets = [currentSecret];
    const { status, answer } = await deliver(triggered, signWebhook(triggered, currentSecret));
    expect(status).toBe(202);
    expect(answer).toEqual({ secretIndex: 0, kind: 'alert', fingerprint: 'Q2X8WN4ZK1L0TB' });
  });

  it('refuses a tampered body, and the same JSON re-serialised', async () => {
    secrets = [currentSecret];
    const signature = signWebhook(triggered, currentSecret);
    const tampered = Buffer.from(triggered.toString('utf8').replace('"urgency": "high"', '"urgency": "low"'));
    expect(tampered.equals(triggered)).toBe(false);
    expect(await deliver(tampered, signature)).toEqual({ status: 401, answer: { reason: 'mismatch' } });
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(triggered.toString('utf8'))));
    expect(await deliver(reserialised, signature)).toEqual({ status: 401, answer: { reason: 'mismatch' } });
  });

  it('refuses a body signed with a secret it does not hold', async () => {
    secrets = [currentSecret];
    expect(await deliver(triggered, signWebhook(triggered, retiredSecret))).toEqual({
      status: 401,
      answer: { reason: 'mismatch' },
    });
  });

  it('accepts both secrets while rotating, and says which matched', async () => {
    secrets = [retiredSecret, currentSecret];
    const withCurrent = await deliver(triggered, signWebhook(triggered, currentSecret));
    expect(withCurrent.answer.secretIndex).toBe(1);
    const withRetired = await deliver(triggered, signWebhook(triggered, retiredSecret));
    expect(withRetired.answer.secretIndex).toBe(0);
  });

  it('accepts a header carrying several signatures when one of them matches', async () => {
    secrets = [currentSecret];
    const header = `${signWebhook(triggered, retiredSecret)},${signWebhook(triggered, currentSecret)}`;
    expect((await deliver(triggered, header)).status).toBe(202);
    const noneMatching = `${signWebhook(triggered, retiredSecret)},${signWebhook(triggered, 'third-secret')}`;
    expect((await deliver(triggered, noneMatching)).answer).toEqual({ reason: 'mismatch' });
  });

  it('refuses a request without the header, or with a malformed one', async () => {
    secrets = [currentSecret];
    expect(await deliver(triggered, undefined)).toEqual({
      status: 401,
      answer: { reason: 'missing-header' },
    });
    const hex = signWebhook(triggered, currentSecret).slice(3);
    expect(await deliver(triggered, `sha256=${hex}`)).toEqual({
      status: 401,
      answer: { reason: 'malformed-header' },
    });
  });

  it('answers 400 naming the field when a signed body is not a valid incident event', async () => {
    secrets = [currentSecret];
    const broken = Buffer.from(
      triggered.toString('utf8').replace('"title": "[FIRING:1]', '"heading": "[FIRING:1]'),
    );
    const { status, answer } = await deliver(broken, signWebhook(broken, currentSecret));
    expect(status).toBe(400);
    expect(answer.issues).toEqual([expect.objectContaining({ path: 'event.data.title' })]);
  });
});
