import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSampleAlert, createSampleTimeWindow } from '@triagekit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastImport } from './__fixtures__/fast-import.js';
import { TestRepository } from './__fixtures__/test-repository.js';
import { createGitCollector } from './git-collector.js';
import type { GitCollectorOptions } from './git-collector-options.js';

const FILE_COUNT = 20_000;
let root = '';
let repositoryPath = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'collectors-git-huge-'));
  repositoryPath = join(root, 'monorepo');
  const repository = await TestRepository.create(repositoryPath);
  // Three lines per file, split between two services, plus one file outside the configured paths.
  const files: Record<string, string> = { 'src/generated.go': 'package generated\n' };
  for (let index = 0; index < FILE_COUNT; index += 1) {
    files[
      `k8s/${index % 2 === 0 ? 'payments' : 'checkout'}/generated-${String(index).padStart(5, '0')}.yaml`
    ] = `index: ${index}\nkind: ConfigMap\nname: generated\n`;
  }
  await fastImport(repository, 'main', [
    { message: 'Base\n', at: '2026-03-03T10:00:00Z', files: { 'README.md': 'monorepo\n' } },
    { message: 'Regenerate every config map\n', at: '2026-03-04T09:00:00Z', files },
    {
      message: 'Small follow-up\n',
      at: '2026-03-04T09:30:00Z',
      files: { 'k8s/payments/patch.yaml': 'x: 1\n' },
    },
  ]);
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

function collect(options: Partial<GitCollectorOptions> = {}) {
  return createGitCollector({ repositories: [{ path: repositoryPath }], ...options }).doCollect({
    alert: createSampleAlert({ labels: {} }),
    window: createSampleTimeWindow(),
    abortSignal: new AbortController().signal,
    maxItems: 100,
  });
}

describe('createGitCollector on a commit that changes 20,000 files', () => {
  it('lists the first maxFilesPerCommit files, keeps exact totals and warns', async () => {
    const { evidence, warnings } = await collect();
    expect(evidence.map((item) => item.attributes?.subject)).toEqual([
      'Small follow-up',
      'Regenerate every config map',
    ]);
    const huge = evidence[1];
    expect(huge?.attributes).toMatchObject({
      files: FILE_COUNT,
      filesListed: 50,
      insertions: FILE_COUNT * 3,
      deletions: 0,
      services: 'checkout,payments',
    });
    const fileLines = huge?.text.split('\n').filter((line) => line.startsWith('A k8s/')) ?? [];
    expect(fileLines).toHaveLength(50);
    expect(huge?.text).toContain(`… and ${FILE_COUNT - 50} more files not listed`);
    expect(huge?.text).not.toContain('src/generated.go');
    expect(warnings).toEqual([
      expect.stringMatching(
        /"monorepo" .*1 commit\(s\) changed more than 50 files; only the first 50 of each are listed, the totals count every file/,
      ),
    ]);
  });

  it('honours a smaller maxFilesPerCommit', async () => {
    const { evidence } = await collect({ maxFilesPerCommit: 5 });
    expect(evidence[1]?.attributes).toMatchObject({ files: FILE_COUNT, filesListed: 5 });
  });
});
