import { describe, expect, it } from 'vitest';
import { createSecretScrubber } from './secret-scrubber.js';

describe('createSecretScrubber', () => {
  it('replaces configured secrets wherever they appear', () => {
    const scrub = createSecretScrubber(['c2f1e8a94b7d4e0fb3a6d5c8e9f0a1b2', undefined]);
    expect(
      scrub('api-key c2f1e8a94b7d4e0fb3a6d5c8e9f0a1b2 rejected (c2f1e8a94b7d4e0fb3a6d5c8e9f0a1b2)'),
    ).toBe('api-key [REDACTED:api-key] rejected ([REDACTED:api-key])');
  });

  it('replaces a longer secret whole even when it contains a shorter one', () => {
    const scrub = createSecretScrubber(['token-12345678', 'token-12345678-extended']);
    expect(scrub('got token-12345678-extended')).toBe('got [REDACTED:api-key]');
  });

  it('also removes key shapes it was not told about', () => {
    const scrub = createSecretScrubber([]);
    const text = scrub(
      'echo: sk-ant-api03-Xy7Qm2Lp9Wv4Rt1Nb6Hc3Jd8Kf5Gs0Ua2Oe7Ti4Yw9Zq1Mx6 and Bearer gw-7Fq2Lm9Xv4Rt1Nb6',
    );
    expect(text).not.toContain('sk-ant-api03-Xy7Qm2Lp9');
    expect(text).not.toContain('gw-7Fq2Lm9Xv4Rt1Nb6');
  });

  it('leaves short values alone, since they would match ordinary words', () => {
    expect(createSecretScrubber(['abc'])('abc is fine')).toBe('abc is fine');
  });
});
