import { describe, expect, it } from 'vitest';
import { checkPathPattern, normalizePathPattern, toPathspec } from './path-pattern.js';

describe('normalizePathPattern', () => {
  it('drops leading ./ and / and repeated slashes', () => {
    expect(normalizePathPattern('./k8s//payments/')).toBe('k8s/payments/');
    expect(normalizePathPattern('/terraform')).toBe('terraform');
    expect(normalizePathPattern('.//./helm')).toBe('helm');
    expect(normalizePathPattern('**/*.tf')).toBe('**/*.tf');
  });
});

describe('checkPathPattern', () => {
  it('accepts plain directories and globs', () => {
    expect(checkPathPattern('paths[0]', 'k8s/')).toEqual([]);
    expect(checkPathPattern('paths[1]', '**/values*.yaml')).toEqual([]);
  });

  it('names the option and the problem for unusable patterns', () => {
    expect(checkPathPattern('paths[0]', '')[0]?.path).toBe('paths[0]');
    expect(checkPathPattern('paths[0]', './')[0]?.message).toMatch(/non-empty path pattern/);
    expect(checkPathPattern('paths[0]', 42)[0]?.message).toMatch(/got 42/);
    expect(checkPathPattern('paths[0]', ':(exclude)src')[0]?.message).toMatch(/pathspec magic/);
    expect(checkPathPattern('paths[0]', 'k8s/../../etc')[0]?.message).toMatch(/inside the repository/);
    expect(checkPathPattern('paths[0]', 'k8s\0')[0]?.message).toMatch(/NUL/);
  });
});

describe('toPathspec', () => {
  it('adds top and glob magic so patterns read from the top of the repository', () => {
    expect(toPathspec('k8s/')).toBe(':(top,glob)k8s/');
    expect(toPathspec('**/*.tf')).toBe(':(top,glob)**/*.tf');
  });

  it('turns a wildcard directory pattern into everything inside it', () => {
    expect(toPathspec('k8s/pay*/')).toBe(':(top,glob)k8s/pay*/**');
  });
});
