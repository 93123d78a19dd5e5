import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { fingerprintAlert } from '../fingerprint/fingerprint-alert.js';
import { parseGenericAlert } from './parse-generic-alert.js';

const alert = {
  title: 'Checkout error rate above 5%',
  severity: 'P2',
  startsAt: '2026-03-04T11:15:00+01:00',
  labels: { service: 'checkout', env: 'prod' },
  url: 'https://grafana.example.com/d/checkout',
};

function failure(body: unknown): InvalidInputError {
  try {
    parseGenericAlert(body as string);
  } catch (error) {
    expect(InvalidInputError.isInstance(error)).toBe(true);
    return error as InvalidInputError;
  }
  throw new Error('expected parseGenericAlert to throw');
}

describe('parseGenericAlert', () => {
  it('normalises a JSON alert and fills its fingerprint from its labels', () => {
    const parsed = parseGenericAlert(JSON.stringify(alert));
    expect(parsed).toEqual({
      id: fingerprintAlert(alert.labels),
      title: 'Checkout error rate above 5%',
      severity: 'error',
      source: 'manual',
      labels: { service: 'checkout', env: 'prod' },
      annotations: {},
      startsAt: '2026-03-04T10:15:00.000Z',
      fingerprint: fingerprintAlert(alert.labels),
      url: 'https://grafana.example.com/d/checkout',
    });
  });

  it('gives the same alert the same fingerprint whatever the order of its labels', () => {
    const reordered = { ...alert, labels: { env: 'prod', service: 'checkout' } };
    expect(parseGenericAlert(Buffer.from(JSON.stringify(reordered))).fingerprint).toBe(
      parseGenericAlert(JSON.stringify(alert)).fingerprint,
    );
  });

  it('keeps a fingerprint and a source the sender gave', () => {
    const parsed = parseGenericAlert({ ...alert, fingerprint: 'deploy-42', source: 'grafana' });
    expect(parsed.fingerprint).toBe('deploy-42');
    expect(parsed.id).toBe('deploy-42');
    expect(parsed.source).toBe('grafana');
  });

  it("falls back to core's fingerprint for an alert without labels", () => {
    const { labels: _labels, ...unlabelled } = alert;
    const parsed = parseGenericAlert(unlabelled);
    expect(parsed.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(parsed.fingerprint).not.toBe(fingerprintAlert({}));
    expect(parseGenericAlert({ ...unlabelled, title: 'Other' }).fingerprint).not.toBe(parsed.fingerprint);
  });

  it('names each offending field', () => {
    const error = failure(
      JSON.stringify({ ...alert, title: '  ', startsAt: '04/03/2026', labels: { a: 1 } }),
    );
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['labels.a', 'startsAt', 'title']);
    expect(error.message).toContain('"title": "..."');
  });

  it('rejects a body that is not JSON or too large', () => {
    expect(failure('title=HighLatency').message).toContain('not valid JSON');
    const padded = JSON.stringify({ ...alert, annotations: { note: 'x'.repeat(300 * 1024) } });
    expect(failure(padded).message).toContain('maxBodyBytes');
  });
});
