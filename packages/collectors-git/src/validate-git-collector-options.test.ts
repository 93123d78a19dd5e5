import { resolve } from 'node:path';
import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import type { GitCollectorOptions } from './git-collector-options.js';
import { DEFAULT_CHANGE_PATHS } from './paths/default-change-paths.js';
import { validateGitCollectorOptions } from './validate-git-collector-options.js';

function issuesOf(options: unknown): { path: string; message: string }[] {
  try {
    validateGitCollectorOptions(options as GitCollectorOptions);
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return [...error.issues];
    throw error;
  }
  return [];
}

describe('validateGitCollectorOptions', () => {
  it('completes the defaults', () => {
    const settings = validateGitCollectorOptions({
      repositories: [{ path: 'clones/infra.git' }],
      cwd: '/srv',
    });
    expect(settings).toMatchObject({
      collectorId: 'git',
      includeEmails: false,
      history: 'first-parent',
      maxCommits: 500,
      maxFilesPerCommit: 50,
      timeoutMs: 15_000,
      gitBinary: 'git',
    });
    expect(settings.repositories[0]).toMatchObject({
      id: 'infra',
      label: 'infra',
      path: resolve('/srv', 'clones/infra.git'),
      ref: 'HEAD',
      pathPatterns: DEFAULT_CHANGE_PATHS,
      fetch: false,
      remote: 'origin',
      webUrl: undefined,
    });
  });

  it('lets paths replace the defaults, additionalPaths extend them, and a repository override both', () => {
    const settings = validateGitCollectorOptions({
      paths: ['deploy/'],
      additionalPaths: ['./ops//'],
      repositories: [{ path: '/a' }, { path: '/b', paths: ['**/*.tf'] }],
    });
    expect(settings.repositories[0]?.pathPatterns).toEqual(['deploy/', 'ops/']);
    expect(settings.repositories[0]?.pathspecs).toEqual([':(top,glob)deploy/', ':(top,glob)ops/']);
    expect(settings.repositories[1]?.pathPatterns).toEqual(['**/*.tf']);
    const extended = validateGitCollectorOptions({
      additionalPaths: ['ops/'],
      repositories: [{ path: '/a' }],
    });
    expect(extended.repositories[0]?.pathPatterns).toEqual([...DEFAULT_CHANGE_PATHS, 'ops/']);
  });

  it('tries repository service rules before the collector ones', () => {
    const settings = validateGitCollectorOptions({
      services: { 'k8s/**': 'platform', 'terraform/rds/**': 'payments-db' },
      repositories: [{ path: '/a', services: { 'k8s/payments/**': 'payments-api' } }],
    });
    const serviceOf = settings.repositories[0]?.serviceOf;
    expect(serviceOf?.('k8s/payments/deploy.yaml')).toBe('payments-api');
    expect(serviceOf?.('k8s/checkout/deploy.yaml')).toBe('platform');
    expect(serviceOf?.('terraform/rds/main.tf')).toBe('payments-db');
  });

  it('names every offending option', () => {
    const issues = issuesOf({
      collectorId: 'git collector',
      paths: ['k8s/', ':(exclude)src'],
      services: { 'k8s/**': '' },
      history: 'linear',
      maxCommits: 0,
      timeoutMs: 1.5,
      includeEmails: 'yes',
      repositories: [
        {
          path: '/a',
          ref: '--output=stolen.txt',
          webUrl: 'https://example.com',
          remote: 'my remote',
          fetch: 'no',
        },
        { path: '', id: 'bad id' },
        'infra',
      ],
    });
    expect(issues.map((issue) => issue.path).sort()).toEqual(
      [
        'collectorId',
        'paths[1]',
        'services["k8s/**"]',
        'history',
        'maxCommits',
        'timeoutMs',
        'includeEmails',
        'repositories[0].ref',
        'repositories[0].webUrl',
        'repositories[0].remote',
        'repositories[0].fetch',
        'repositories[1].path',
        'repositories[1].id',
        'repositories[2]',
      ].sort(),
    );
    expect(issues.find((issue) => issue.path === 'repositories[0].ref')?.message).toMatch(
      /does not start with "-"/,
    );
  });

  it('requires at least one repository and at least one path', () => {
    expect(issuesOf({ repositories: [] }).map((issue) => issue.path)).toEqual(['repositories']);
    expect(
      issuesOf({ repositories: [{ path: '/a', paths: [] }], paths: [] }).map((issue) => issue.path),
    ).toEqual(['repositories[0].paths', 'paths']);
    expect(issuesOf(null)).toEqual([{ path: '', message: 'must be an object' }]);
  });

  it('refuses two repositories with the same id and says how to fix it', () => {
    const issues = issuesOf({ repositories: [{ path: '/one/infra' }, { path: '/two/infra' }] });
    expect(issues).toEqual([
      {
        path: 'repositories[1].id',
        message: '"infra" is also the id of repositories[0]; give each repository its own id',
      },
    ]);
    expect(
      issuesOf({ repositories: [{ path: '/one/infra' }, { path: '/two/infra', id: 'infra-2' }] }),
    ).toEqual([]);
  });
});
