import { mkdtemp, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSampleAlert, createSampleTimeWindow } from '@triagekit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInfraRepository } from './__fixtures__/build-infra-repository.js';
import { hashDirectory } from './__fixtures__/hash-directory.js';
import { TestRepository } from './__fixtures__/test-repository.js';
import { createGitCollector } from './git-collector.js';
import type { GitCollectorOptions } from './git-collector-options.js';

let root = '';
let infraPath = '';
let originPath = '';
let clonePath = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'collectors-git-read-only-'));
  infraPath = join(root, 'infra');
  await buildInfraRepository(infraPath);
  // A stale index: any command that refreshes it (`git status`, `git diff`) would rewrite .git/index.
  const stale = new Date('2030-01-01T00:00:00Z');
  await utimes(join(infraPath, 'k8s', 'checkout', 'deploy.yaml'), stale, stale);

  originPath = join(root, 'origin');
  const origin = await TestRepository.create(originPath);
  await origin.commitFiles({ 'k8s/payments/deploy.yaml': 'replicas: 2\n' }, 'Initial', {
    at: '2026-03-04T07:00:00Z',
  });
  clonePath = join(root, 'clone');
  await origin.git(['clone', '--quiet', originPath, clonePath]);
  await origin.commitFiles({ 'k8s/payments/deploy.yaml': 'replicas: 9\n' }, 'Pushed after the clone', {
    at: '2026-03-04T09:55:00Z',
  });
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

function collect(options: GitCollectorOptions) {
  return createGitCollector(options).doCollect({
    alert: createSampleAlert(),
    window: createSampleTimeWindow(),
    abortSignal: new AbortController().signal,
    maxItems: 1000,
  });
}

describe('createGitCollector never writes to a repository', () => {
  it('leaves every file under .git and the work tree byte for byte as it was', async () => {
    const before = await hashDirectory(infraPath);
    const runs = [
      collect({ repositories: [{ path: infraPath }] }),
      collect({ repositories: [{ path: infraPath }], history: 'all', maxCommits: 2, maxFilesPerCommit: 1 }),
      collect({
        repositories: [{ path: infraPath }, { path: infraPath, id: 'bad-ref', ref: 'no-such-ref' }],
      }),
      // Enough for the history walk (about 50 bytes a commit), not for the diffs: git is stopped mid-output.
      collect({ repositories: [{ path: infraPath }], maxOutputBytes: 2000 }),
    ];
    const results = await Promise.all(runs);
    // The runs did read something, so the comparison is not vacuous.
    expect(results[0]?.evidence.length).toBeGreaterThan(0);
    expect(await hashDirectory(infraPath)).toEqual(before);
    // Control: a command that refreshes the stale index does write, and the fingerprint sees it.
    await TestRepository.open(infraPath).git(['status', '--porcelain']);
    expect(await hashDirectory(infraPath)).not.toEqual(before);
  });

  it('does not fetch unless asked, and then changes only the clone, never its remote', async () => {
    const originBefore = await hashDirectory(originPath);
    const cloneBefore = await hashDirectory(clonePath);
    const local = await collect({ repositories: [{ path: clonePath, ref: 'origin/main' }] });
    expect(local.evidence.map((item) => item.attributes?.subject)).toEqual(['Initial']);
    expect(await hashDirectory(clonePath)).toEqual(cloneBefore);

    const fetched = await collect({ repositories: [{ path: clonePath, ref: 'origin/main', fetch: true }] });
    expect(fetched.warnings).toEqual([]);
    expect(fetched.evidence.map((item) => item.attributes?.subject)).toEqual([
      'Pushed after the clone',
      'Initial',
    ]);
    expect(await hashDirectory(originPath)).toEqual(originBefore);
    expect(await hashDirectory(clonePath)).not.toEqual(cloneBefore);
  });

  it('reads the local state with a warning when the fetch fails', async () => {
    const { evidence, warnings } = await collect({
      repositories: [{ path: clonePath, ref: 'origin/main', fetch: true, remote: 'no-such-remote' }],
    });
    expect(evidence.length).toBeGreaterThan(0);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^git repository "clone" \(.*\): git fetch from "no-such-remote" failed \(.*no-such-remote.*\); read the local state instead$/,
      ),
    ]);
  });
});
