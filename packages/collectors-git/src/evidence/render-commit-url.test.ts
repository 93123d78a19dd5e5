import { describe, expect, it } from 'vitest';
import { describeInvalidCommitUrlTemplate, renderCommitUrl } from './render-commit-url.js';

const sha = '3f2a1c9e4b7d5a6f8e9d0c1b2a3f4e5d6c7b8a90';

describe('renderCommitUrl', () => {
  it('fills in the full and the short sha', () => {
    expect(renderCommitUrl('https://github.com/acme/infra/commit/{sha}', sha)).toBe(
      `https://github.com/acme/infra/commit/${sha}`,
    );
    expect(renderCommitUrl('https://git.example.com/infra/-/commit/{shortSha}?full={sha}', sha)).toBe(
      `https://git.example.com/infra/-/commit/3f2a1c9e4b7d?full=${sha}`,
    );
  });
});

describe('describeInvalidCommitUrlTemplate', () => {
  it('accepts http(s) templates naming the sha', () => {
    expect(describeInvalidCommitUrlTemplate('https://github.com/acme/infra/commit/{sha}')).toBeNull();
  });

  it('says what is wrong otherwise', () => {
    expect(describeInvalidCommitUrlTemplate('https://github.com/acme/infra')).toMatch(/must contain \{sha\}/);
    expect(describeInvalidCommitUrlTemplate('ftp://example.com/{sha}')).toMatch(/http\(s\)/);
    expect(describeInvalidCommitUrlTemplate('/commit/{sha}')).toMatch(/absolute/);
    expect(describeInvalidCommitUrlTemplate(7)).toMatch(/must be a string/);
  });
});
