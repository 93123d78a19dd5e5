import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_LENGTH, fingerprintAlert } from './fingerprint-alert.js';

describe('fingerprintAlert', () => {
  it('is the SHA-256 of the label pairs sorted by name, cut to 16 hex characters', () => {
    const expected = createHash('sha256')
      .update('[["alertname","HighLatency"],["service","payments"]]')
      .digest('hex')
      .slice(0, 16);
    expect(fingerprintAlert({ service: 'payments', alertname: 'HighLatency' })).toBe(expected);
    expect(expected).toHaveLength(FINGERPRINT_LENGTH);
  });

  it('does not depend on the order of the labels', () => {
    const labels = { b: '2', a: '1', Z: '0', é: '3' };
    const reversed = Object.fromEntries(Object.entries(labels).reverse());
    expect(fingerprintAlert(reversed)).toBe(fingerprintAlert(labels));
  });

  it('tells apart label sets that a naive concatenation would confuse', () => {
    expect(fingerprintAlert({ a: 'b=c' })).not.toBe(fingerprintAlert({ 'a=b': 'c' }));
    expect(fingerprintAlert({ a: '1', b: '2' })).not.toBe(fingerprintAlert({ a: '1,b=2' }));
    expect(fingerprintAlert({ service: 'payments' })).not.toBe(fingerprintAlert({ service: 'checkout' }));
  });

  it('gives every alert without labels the same fingerprint', () => {
    expect(fingerprintAlert({})).toBe(fingerprintAlert({}));
    expect(fingerprintAlert({})).toMatch(/^[0-9a-f]{16}$/);
  });
});
