import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { CollectorError, type CollectorV1, InvalidInputError } from '@triagekit/core';
import { createSampleAlert, createSampleTimeWindow } from '@triagekit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeGit, isProcessAlive } from './__fixtures__/fake-git.js';
import { TestRepository } from './__fixtures__/test-repository.js';
import { createGitCollector } from './git-collector.js';

let root = '';
let goodPath = '';
let goodSha = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'collectors-git-failures-'));
  goodPath = join(root, 'good');
  const good = await TestRepository.create(goodPath);
  goodSha = await good.commitFiles({ 'k8s/payments/deploy.yaml': 'replicas: 3\n' }, 'Scale payments', {
    at: '2026-03-04T09:30:00Z',
  });
  await mkdir(join(goodPath, 'k8s', 'nested'), { recursive: true });
  await mkdir(join(root, 'plain-directory'));
  await writeFile(join(root, 'a-file'), 'not a directory\n');
  await TestRepository.create(join(root, 'empty'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

function collect(collector: CollectorV1, abortSignal = new AbortController().signal) {
  return collector.doCollect({
    alert: createSampleAlert(),
    window: createSampleTimeWindow(),
    abortSignal,
    maxItems: 100,
  });
}

async function collectError(collector: CollectorV1): Promise<CollectorError> {
  const error = await collect(collector).then(
    () => null,
    (failure: unknown) => failure,
  );
  if (!CollectorError.isInstance(error)) throw new Error(`expected a CollectorError, got ${String(error)}`);
  return error;
}

describe('createGitCollector when a repository cannot be read', () => {
  it('warns precisely for each unusable repository and goes on with the others', async () => {
    const { evidence, warnings } = await collect(
      createGitCollector({
        repositories: [
          { path: join(root, 'plain-directory') },
          { path: join(root, 'missing') },
          { path: join(root, 'a-file') },
          { path: goodPath },
          { path: goodPath, id: 'good-release', ref: 'release/9' },
          { path: join(root, 'empty') },
          { path: join(goodPath, 'k8s', 'nested'), id: 'nested' },
        ],
      }),
    );
    expect(evidence.map((item) => item.attributes?.sha)).toEqual([goodSha]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^git repository "plain-directory" \(.*plain-directory\) is not a git repository \(git: not a git repository/,
      ),
      expect.stringMatching(
        /^git repository "missing" \(.*missing\) does not exist; clone the repository there or fix path$/,
      ),
      expect.stringMatching(/^git repository "a-file" \(.*a-file\) is not a directory/),
      expect.stringMatching(
        /^git repository "good-release" \(.*good\) ref "release\/9" names no commit in this repository/,
      ),
      expect.stringMatching(
        /^git repository "empty" \(.*empty\) HEAD names no commit \(an empty repository has none yet\)/,
      ),
      // A directory inside a clone is not taken for the clone: git does not look above the configured path.
      expect.stringMatching(/^git repository "nested" \(.*nested\) is not a git repository/),
    ]);
  });

  it('rejects with a CollectorError listing every reason when no repository could be read', async () => {
    const error = await collectError(
      createGitCollector({
        collectorId: 'git-infra',
        repositories: [{ path: join(root, 'plain-directory') }, { path: goodPath, ref: 'no-such-branch' }],
      }),
    );
    expect(error.collectorId).toBe('git-infra');
    expect(error.message).toMatch(/^No git repository could be read\./);
    expect(error.message).toContain('"plain-directory"');
    expect(error.message).toContain('ref "no-such-branch" names no commit');
  });

  it('says how to fix a missing git executable', async () => {
    const error = await collectError(
      createGitCollector({ repositories: [{ path: goodPath }], gitBinary: join(root, 'bin', 'git') }),
    );
    expect(error.message).toMatch(
      /the git executable ".*bin\/git" was not found .*install git or set gitBinary to its path/,
    );
  });

  it("reports a repository whose git fails while reading, with git's message", async () => {
    const failing = await createFakeGit(
      root,
      'corrupt-git',
      `case "$*" in *rev-parse*) echo ${goodSha};; *) echo "fatal: bad object ${goodSha}" >&2; exit 128;; esac`,
    );
    const error = await collectError(
      createGitCollector({ repositories: [{ path: goodPath }], gitBinary: failing }),
    );
    expect(error.message).toContain(
      `could not be read: git rev-list failed (exit code 128): bad object ${goodSha}`,
    );
  });

  it('throws InvalidInputError at creation for invalid options', () => {
    expect(() => createGitCollector({ repositories: [{ path: goodPath, ref: '-p' }] })).toThrow(
      InvalidInputError,
    );
  });
});

describe('createGitCollector under abort and time limits', () => {
  async function hangingGit(name: string): Promise<{ binary: string; pidFile: string }> {
    const pidFile = join(root, `${name}.pid`);
    // Answers the ref lookup, then hangs where the history would be read.
    const binary = await createFakeGit(
      root,
      name,
      `case "$*" in *rev-parse*) echo ${goodSha};; *) echo $$ > '${pidFile}'; exec sleep 60;; esac`,
    );
    return { binary, pidFile };
  }

  async function waitForPid(pidFile: string): Promise<number> {
    for (;;) {
      const text = await readFile(pidFile, 'utf8').catch(() => '');
      if (text.trim()) return Number(text.trim());
      await delay(10);
    }
  }

  it('kills git and rejects with the abort reason once git is gone', async () => {
    const { binary, pidFile } = await hangingGit('hanging-git');
    const controller = new AbortController();
    const reason = new Error('triage cancelled');
    const run = collect(
      createGitCollector({ repositories: [{ path: goodPath }], gitBinary: binary }),
      controller.signal,
    );
    const pid = await waitForPid(pidFile);
    controller.abort(reason);
    await expect(run).rejects.toBe(reason);
    expect(isProcessAlive(pid)).toBe(false);
  });

  it('gives up on a repository past timeoutMs, kills git and says which limit to raise', async () => {
    const { binary, pidFile } = await hangingGit('slow-git');
    const error = await collectError(
      createGitCollector({ repositories: [{ path: goodPath }], gitBinary: binary, timeoutMs: 300 }),
    );
    expect(error.message).toMatch(/walking the history did not finish in time \(raise timeoutMs\)/);
    expect(isProcessAlive(await waitForPid(pidFile))).toBe(false);
  });
});
