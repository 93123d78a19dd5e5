import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError, parseOrThrow } from '@triagekit/core';
import { createSampleAlert, createSampleTimeWindow } from '@triagekit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitCollectorConfig } from './git-collector-config.js';

const directory = mkdtempSync(join(tmpdir(), 'git-config-'));
const configDirectory = join(directory, 'config');
afterAll(() => rmSync(directory, { recursive: true, force: true }));

beforeAll(() => {
  // A real clone with one commit inside the sample window, next to the config file's directory.
  const repository = join(directory, 'infra');
  mkdirSync(join(repository, 'k8s', 'payments'), { recursive: true });
  mkdirSync(configDirectory);
  const environment = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_AUTHOR_DATE: '2026-03-04T09:30:00Z',
    GIT_COMMITTER_DATE: '2026-03-04T09:30:00Z',
  };
  writeFileSync(join(repository, 'k8s', 'payments', 'deploy.yaml'), 'replicas: 3\n');
  for (const args of [
    ['init', '--quiet'],
    ['add', '--all'],
    ['commit', '--quiet', '-m', 'Scale payments'],
  ]) {
    execFileSync('git', args, { cwd: repository, env: environment });
  }
});

function issues(entry: unknown): { path: string; message: string }[] {
  try {
    parseOrThrow(gitCollectorConfig.schema, entry, 'config file');
  } catch (error) {
    expect(InvalidInputError.isInstance(error)).toBe(true);
    return [...(error as InvalidInputError).issues];
  }
  return [];
}

async function create(entry: unknown) {
  const parsed = parseOrThrow(gitCollectorConfig.schema, entry, 'config file');
  return gitCollectorConfig.create(parsed, { baseDirectory: configDirectory, environment: process.env });
}

async function createError(entry: unknown): Promise<InvalidInputError> {
  const error = await create(entry).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(InvalidInputError.isInstance(error)).toBe(true);
  return error as InvalidInputError;
}

describe('gitCollectorConfig schema', () => {
  it('accepts one repository by path, or a list of repositories with their own options', () => {
    expect(issues({ type: 'git', path: '../infra', ref: 'main', fetch: false })).toEqual([]);
    expect(
      issues({
        type: 'git',
        id: 'git-infra',
        repositories: [
          {
            path: '../infra',
            id: 'infra',
            ref: 'origin/main',
            fetch: true,
            webUrl: 'https://github.com/acme/infra/commit/{sha}',
          },
        ],
        paths: ['k8s/', '**/*.tf'],
        services: { 'k8s/payments/**': 'payments' },
        history: 'all',
        maxCommits: 100,
      }),
    ).toEqual([]);
  });

  it('rejects unknown keys and wrong values, naming the field', () => {
    expect(
      issues({ type: 'git', path: '../infra', branch: 'main' })
        .map((issue) => issue.message)
        .join(),
    ).toMatch(/branch/);
    expect(issues({ type: 'git', path: '../infra', history: 'linear' }).map((issue) => issue.path)).toEqual([
      'history',
    ]);
    expect(issues({ type: 'git', repositories: [] }).map((issue) => issue.path)).toEqual(['repositories']);
    expect(issues({ type: 'git', repositories: [{ path: '../infra', depth: 1 }] })[0]?.path).toMatch(
      /^repositories/,
    );
  });
});

describe('gitCollectorConfig.create', () => {
  it('builds a git collector reading the repository relative to the config file', async () => {
    const [collector] = await create({ type: 'git', id: 'git-infra', path: '../infra' });
    expect(collector?.collectorId).toBe('git-infra');
    const result = await collector?.doCollect({
      alert: createSampleAlert(),
      window: createSampleTimeWindow(),
      abortSignal: new AbortController().signal,
      maxItems: 10,
    });
    expect(result?.warnings).toEqual([]);
    expect(result?.evidence.map((item) => [item.attributes?.subject, item.service])).toEqual([
      ['Scale payments', 'payments'],
    ]);
  });

  it('reads several repositories from a list', async () => {
    const [collector] = await create({
      type: 'git',
      repositories: [{ path: '../infra' }, { path: '../infra', id: 'infra-copy' }],
    });
    const result = await collector?.doCollect({
      alert: createSampleAlert(),
      window: createSampleTimeWindow(),
      abortSignal: new AbortController().signal,
      maxItems: 10,
    });
    expect(result?.evidence.map((item) => item.attributes?.repository).sort()).toEqual([
      'infra',
      'infra-copy',
    ]);
  });

  it('asks for exactly one of path and repositories', async () => {
    expect((await createError({ type: 'git' })).issues[0]?.path).toBe('path');
    expect(
      (await createError({ type: 'git', path: '../infra', repositories: [{ path: '../infra' }] })).issues[0]
        ?.message,
    ).toMatch(/either path .* or repositories, not both/);
    expect(
      (await createError({ type: 'git', ref: 'main', repositories: [{ path: '../infra' }] })).issues,
    ).toEqual([{ path: 'ref', message: 'belongs inside each of repositories[] when repositories is used' }]);
  });

  it("names the entry's own fields in the collector's errors", async () => {
    expect(
      (await createError({ type: 'git', path: '../infra', ref: '-p' })).issues.map((issue) => issue.path),
    ).toEqual(['ref']);
    expect(
      (
        await createError({
          type: 'git',
          repositories: [{ path: '../infra', webUrl: 'https://example.com' }],
        })
      ).issues.map((issue) => issue.path),
    ).toEqual(['repositories[0].webUrl']);
    expect(
      (await createError({ type: 'git', id: 'has space', path: '../infra' })).issues.map(
        (issue) => issue.path,
      ),
    ).toEqual(['id']);
  });
});
