import { describe, expect, it } from 'vitest';
import { compileGlob } from './compile-glob.js';

function matching(pattern: string, paths: readonly string[]): string[] {
  const matches = compileGlob(pattern);
  return paths.filter((path) => matches(path));
}

const paths = [
  'k8s/payments/deploy.yaml',
  'k8s/payments/base/kustomization.yaml',
  'k8s/checkout/deploy.yaml',
  'k8s8/other.yaml',
  'k8s',
  'main.tf',
  'infra/modules/db/main.tf',
  'infra/main.tf.bak',
  'src/payments/handler.go',
];

describe('compileGlob', () => {
  it('reads a pattern without wildcards as a file or a directory and everything under it', () => {
    expect(matching('k8s', paths)).toEqual([
      'k8s/payments/deploy.yaml',
      'k8s/payments/base/kustomization.yaml',
      'k8s/checkout/deploy.yaml',
      'k8s',
    ]);
    expect(matching('k8s/', paths)).toEqual(matching('k8s', paths));
    expect(matching('k8s/payments', paths)).toEqual([
      'k8s/payments/deploy.yaml',
      'k8s/payments/base/kustomization.yaml',
    ]);
  });

  it('keeps * and ? inside one path segment', () => {
    expect(matching('*.tf', paths)).toEqual(['main.tf']);
    expect(matching('k8s/*/deploy.yaml', paths)).toEqual([
      'k8s/payments/deploy.yaml',
      'k8s/checkout/deploy.yaml',
    ]);
    expect(matching('k8s/*', paths)).toEqual([]);
    expect(matching('k8s?/other.yaml', paths)).toEqual(['k8s8/other.yaml']);
  });

  it('lets ** match any number of directories, none included', () => {
    expect(matching('**/*.tf', paths)).toEqual(['main.tf', 'infra/modules/db/main.tf']);
    expect(matching('k8s/**', paths)).toEqual([
      'k8s/payments/deploy.yaml',
      'k8s/payments/base/kustomization.yaml',
      'k8s/checkout/deploy.yaml',
    ]);
    expect(matching('k8s/**/kustomization.yaml', paths)).toEqual(['k8s/payments/base/kustomization.yaml']);
    expect(matching('k8s/payments/**/deploy.yaml', paths)).toEqual(['k8s/payments/deploy.yaml']);
  });

  it('reads a wildcard pattern ending in / as everything inside the matched directories', () => {
    expect(matching('k8s/pay*/', paths)).toEqual([
      'k8s/payments/deploy.yaml',
      'k8s/payments/base/kustomization.yaml',
    ]);
  });

  it('supports character classes, negated classes and escapes', () => {
    expect(matching('k8s/[cp]*/deploy.yaml', paths)).toHaveLength(2);
    expect(matching('k8s/[!c]*/deploy.yaml', paths)).toEqual(['k8s/payments/deploy.yaml']);
    expect(compileGlob('a\\*b')('a*b')).toBe(true);
    expect(compileGlob('a\\*b')('axb')).toBe(false);
    expect(compileGlob('file[.txt')('file[.txt')).toBe(true);
  });

  it('never lets a class or a single-segment wildcard cross a slash', () => {
    expect(compileGlob('a[/]b')('a/b')).toBe(false);
    expect(compileGlob('a?b')('a/b')).toBe(false);
    expect(compileGlob('a*b')('a/b')).toBe(false);
  });

  it('treats regular-expression characters literally', () => {
    expect(compileGlob('values(prod).yaml')('values(prod).yaml')).toBe(true);
    expect(compileGlob('*.y+ml')('a.yyml')).toBe(false);
    expect(compileGlob('*.y+ml')('a.y+ml')).toBe(true);
  });
});
