import { describe, expect, it } from 'vitest';
import { checkChromaServerVersion } from './check-chroma-server-version.js';

describe('checkChromaServerVersion', () => {
  it.each(['1.0.0', '1.0.21', '1.3.7', '2.0.0-beta.1', ' 1.0.0\n', 'v1.2.0'])('accepts %j', (version) => {
    expect(checkChromaServerVersion(version)).toBeUndefined();
  });

  it.each(['0.6.3', '0.5.23', '0.4.24'])('refuses %j, naming it and the minimum', (version) => {
    expect(checkChromaServerVersion(version)).toBe(
      `The Chroma server reports version ${version}, but this adapter (chromadb 3 client) needs 1.0.0 or newer.`,
    );
  });

  it('gives an unreadable version the benefit of the doubt', () => {
    expect(checkChromaServerVersion('nightly')).toBeUndefined();
  });
});
