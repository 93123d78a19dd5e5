import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Alert, CollectorV1, TimeWindow } from '@triagekit/core';
import {
  createSampleAlert,
  createSampleTimeWindow,
  describeCollectorV1Conformance,
} from '@triagekit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInfraRepository, UNICODE_PATHS } from './__fixtures__/build-infra-repository.js';
import { TestRepository } from './__fixtures__/test-repository.js';
import { createGitCollector } from './git-collector.js';
import type { GitCollectorOptions } from './git-collector-options.js';

let root = '';
let infraPath = '';
let platformPath = '';
let sha: Record<string, string> = {};
const platformSha: Record<string, string> = {};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'collectors-git-collector-'));
  infraPath = join(root, 'infra');
  sha = await buildInfraRepository(infraPath);
  platformPath = join(root, 'platform');
  const platform = await TestRepository.create(platformPath);
  platformSha.initial = await platform.commitFiles(
    { 'terraform/payments/rds.tf': 'size = "small"\n' },
    'Initial',
    { at: '2026-03-01T09:00:00Z' },
  );
  await platform.git(['branch', 'release']);
  platformSha.mainOnly = await platform.commitFiles({ 'k8s/payments/extra.yaml': 'x: 1\n' }, 'Main only', {
    at: '2026-03-04T09:45:00Z',
  });
  await platform.git(['checkout', '--quiet', 'release']);
  platformSha.release = await platform.commitFiles(
    { 'terraform/payments/rds.tf': 'size = "large"\n' },
    'Release config',
    { at: '2026-03-04T09:50:00Z' },
  );
  await platform.git(['checkout', '--quiet', 'main']);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function collect(
  options: Omit<GitCollectorOptions, 'repositories'> & {
    repositories?: GitCollectorOptions['repositories'];
  } = {},
  input: { alert?: Alert; window?: TimeWindow; maxItems?: number } = {},
) {
  const collector: CollectorV1 = createGitCollector({ repositories: [{ path: infraPath }], ...options });
  return collector.doCollect({
    alert: input.alert ?? createSampleAlert(),
    window: input.window ?? createSampleTimeWindow(),
    abortSignal: new AbortController().signal,
    maxItems: input.maxItems ?? 1000,
  });
}

function bySha(evidence: readonly { attributes?: Record<string, unknown> }[], commit: string | undefined) {
  const item = evidence.find((candidate) => candidate.attributes?.sha === commit);
  if (!item) throw new Error(`no evidence for ${commit}`);
  return item as {
    text: string;
    time: string;
    service?: string | null;
    attributes: Record<string, unknown>;
    links?: unknown[];
  };
}

describe('createGitCollector on a real repository', () => {
  it('returns the commits inside the window that touch the configured paths, newest first', async () => {
    const { evidence, warnings } = await collect();
    expect(warnings).toEqual([]);
    expect(evidence.map((item) => item.attributes?.sha)).toEqual([
      sha.unicode,
      sha.merge,
      sha.search,
      sha.rename,
      sha.rebased,
      sha.iacAnywhere,
      sha.codeAndConfig,
      sha.atStart,
    ]);
    expect(evidence.every((item) => item.kind === 'change' && item.severity === 'info')).toBe(true);
    expect(evidence[0]?.id).toBe(`ev_git_infra_${sha.unicode?.slice(0, 12)}`);
  });

  it('includes both window bounds to the second and nothing outside them', async () => {
    const { evidence } = await collect(
      {},
      {
        window: { start: new Date('2026-03-04T08:00:00Z'), end: new Date('2026-03-04T08:30:00Z') },
      },
    );
    expect(evidence.map((item) => item.attributes?.sha)).toEqual([sha.rename, sha.rebased]);
    const { evidence: narrower } = await collect(
      {},
      {
        window: { start: new Date('2026-03-04T08:00:00.001Z'), end: new Date('2026-03-04T08:29:59.999Z') },
      },
    );
    expect(narrower).toEqual([]);
  });

  it('finds commits behind one whose clock was skewed before the window', async () => {
    // Plain `git log --since` stops at the skewed commit and misses everything behind it.
    const naive = await TestRepository.open(infraPath).git([
      'log',
      '--format=%H',
      '--since=2026-03-04T06:00:00Z',
    ]);
    expect(naive).not.toContain(sha.atStart);
    const { evidence } = await collect();
    expect(evidence.map((item) => item.attributes?.sha)).toContain(sha.atStart);
  });

  it('times evidence at the committer time and keeps the author time as an attribute', async () => {
    const rebased = bySha((await collect()).evidence, sha.rebased);
    expect(rebased.time).toBe('2026-03-04T08:00:00.000Z');
    expect(rebased.attributes).toMatchObject({
      authoredAt: '2026-03-01T10:00:00.000Z',
      committedAt: '2026-03-04T08:00:00.000Z',
      author: 'Test Author',
    });
  });

  it('lists only the files under the configured paths', async () => {
    const mixed = bySha((await collect()).evidence, sha.codeAndConfig);
    expect(mixed.attributes).toMatchObject({ files: 1, insertions: 1, deletions: 1 });
    expect(mixed.text).toContain('M k8s/checkout/deploy.yaml (+1 -1)');
    expect(mixed.text).not.toContain('src/app.go');
  });

  it('matches infrastructure files anywhere in the tree by default', async () => {
    const iac = bySha((await collect()).evidence, sha.iacAnywhere);
    expect(iac.attributes.files).toBe(4);
    expect(iac.text.split('\n').slice(-4)).toEqual([
      'A deploy/chart/Chart.yaml (+1 -0)',
      'A infra/modules/db/main.tf (+1 -0)',
      'A services/api/Dockerfile (+1 -0)',
      'A values-prod.yaml (+1 -0)',
    ]);
  });

  it('lets paths replace the defaults and additionalPaths extend them', async () => {
    const code = await collect({ paths: ['src/'] });
    expect(code.evidence.map((item) => item.attributes?.sha)).toEqual([sha.codeAndConfig, sha.codeOnly]);
    const withDocs = bySha((await collect({ additionalPaths: ['docs/'] })).evidence, sha.iacAnywhere);
    expect(withDocs.attributes.files).toBe(5);
  });

  it('shows a merge as one change diffed against its first parent', async () => {
    const { evidence } = await collect();
    const merge = bySha(evidence, sha.merge);
    expect(merge.attributes).toMatchObject({ merge: true, files: 2, subject: 'Merge feature/payments-pool' });
    expect(merge.text).toContain('merge of 2 parents: changes shown against the first parent');
    expect(merge.text).toContain('A helm/payments/values.yaml (+1 -0)');
    expect(merge.text).toContain('A k8s/payments/configmap.yaml (+1 -0)');
    expect(evidence.map((item) => item.attributes?.sha)).not.toContain(sha.featureNew);
  });

  it('with history "all", lists merged commits by their own time and skips merges', async () => {
    const { evidence } = await collect({ history: 'all' });
    expect(evidence.map((item) => item.attributes?.sha)).toEqual([
      sha.unicode,
      sha.featureNew,
      sha.search,
      sha.rename,
      sha.rebased,
      sha.iacAnywhere,
      sha.codeAndConfig,
      sha.atStart,
    ]);
  });

  it('detects renames and counts them for both services', async () => {
    const rename = bySha((await collect()).evidence, sha.rename);
    expect(rename.text).toContain('R k8s/payments/worker.yaml → k8s/checkout/worker.yaml (+0 -0)');
    expect(rename.attributes.services).toBe('checkout,payments');
    expect(rename.service).toBe('payments');
  });

  it('reads unicode and multi-line messages, names and paths as written', async () => {
    const unicode = bySha(
      (await collect({}, { alert: createSampleAlert({ labels: {} }) })).evidence,
      sha.unicode,
    );
    expect(unicode.attributes).toMatchObject({
      subject: 'Déploiement: raise 💳 pool to 20 — 支払い',
      author: 'Zoë Ångström',
      files: 3,
      services: 'paiements,payments',
    });
    expect(unicode.text).toContain(
      'Why:\n\t• checkout retries spiked\n\t• record separator \u001e and "\u001eCOMMIT" inside\n%x00 stays text',
    );
    for (const path of UNICODE_PATHS) expect(unicode.text).toContain(`A ${path} (+1 -0)`);
  });

  it('maps paths to services by rules first, then by the k8s/ and helm/ heuristic', async () => {
    const defaults = (await collect()).evidence;
    expect(bySha(defaults, sha.search).service).toBe('search');
    expect(bySha(defaults, sha.codeAndConfig).service).toBe('checkout');
    expect(bySha(defaults, sha.atStart).service).toBeNull();
    const ruled = (await collect({ services: { 'terraform/**': 'network', 'k8s/search/': 'search-api' } }))
      .evidence;
    expect(bySha(ruled, sha.atStart).service).toBe('network');
    expect(bySha(ruled, sha.search).service).toBe('search-api');
    const noHeuristic = (await collect({ inferServices: false })).evidence;
    expect(bySha(noHeuristic, sha.search).service).toBeNull();
  });

  it("files a commit touching several services under the alert's service when it is one of them", async () => {
    const forCheckout = await collect({}, { alert: createSampleAlert({ labels: { service: 'checkout' } }) });
    expect(bySha(forCheckout.evidence, sha.rename).service).toBe('checkout');
    const forNone = await collect({}, { alert: createSampleAlert({ labels: {} }) });
    // Equal weights (one file, no lines each): the name decides.
    expect(bySha(forNone.evidence, sha.rename).service).toBe('checkout');
  });

  it('keeps author emails out unless includeEmails is set', async () => {
    const plain = await collect();
    expect(JSON.stringify(plain.evidence)).not.toMatch(/@example\.com/);
    const withEmails = await collect({ includeEmails: true });
    expect(bySha(withEmails.evidence, sha.unicode).attributes.authorEmail).toBe('zoe@example.com');
  });

  it('reads several repositories, each with its own id, label, ref and links', async () => {
    const { evidence, warnings } = await collect({
      repositories: [
        { path: infraPath, label: 'Infrastructure' },
        {
          path: platformPath,
          id: 'platform-release',
          ref: 'release',
          webUrl: 'https://git.example.com/platform/commit/{sha}',
          services: { 'terraform/payments/**': 'payments-db' },
        },
      ],
    });
    expect(warnings).toEqual([]);
    expect(evidence.map((item) => item.attributes?.sha).slice(0, 2)).toEqual([
      sha.unicode,
      platformSha.release,
    ]);
    expect(evidence.map((item) => item.attributes?.sha)).not.toContain(platformSha.mainOnly);
    const release = bySha(evidence, platformSha.release);
    expect(release).toMatchObject({
      service: 'payments-db',
      links: [
        {
          label: `commit ${platformSha.release?.slice(0, 12)}`,
          url: `https://git.example.com/platform/commit/${platformSha.release}`,
        },
      ],
    });
    expect(release.attributes).toMatchObject({ repository: 'platform-release', ref: 'release' });
    expect(
      release.text.startsWith(`platform-release@${platformSha.release?.slice(0, 12)}: Release config`),
    ).toBe(true);
    const infra = bySha(evidence, sha.unicode);
    expect(infra.attributes).toMatchObject({ repository: 'infra', repositoryLabel: 'Infrastructure' });
    expect(infra.links).toEqual([]);
  });

  it('keeps the newest maxCommits commits per repository, with a warning', async () => {
    const { evidence, warnings } = await collect({ maxCommits: 3 });
    expect(evidence.map((item) => item.attributes?.sha)).toEqual([sha.unicode, sha.merge, sha.search]);
    expect(warnings).toEqual([
      expect.stringMatching(/"infra" .*more than 3 commits .*kept the 3 newest \(maxCommits\)/),
    ]);
  });

  it('keeps the commits read whole before the output cap, with a warning', async () => {
    const full = await collect();
    const capped = await collect({ maxOutputBytes: 2000 });
    expect(capped.evidence.length).toBeGreaterThan(0);
    expect(capped.evidence.length).toBeLessThan(full.evidence.length);
    expect(capped.evidence).toEqual(full.evidence.slice(0, capped.evidence.length));
    expect(capped.warnings).toEqual([
      expect.stringMatching(
        /"infra" .*git log printed more than 2000 bytes; kept the \d+ commits read before the cap/,
      ),
    ]);
  });

  it('keeps the newest maxItems items across repositories, with a warning', async () => {
    const { evidence, warnings } = await collect(
      { repositories: [{ path: infraPath }, { path: platformPath, ref: 'release' }] },
      { maxItems: 2 },
    );
    expect(evidence.map((item) => item.attributes?.sha)).toEqual([sha.unicode, platformSha.release]);
    expect(warnings).toEqual([
      '9 commits in the window across the repositories; kept the 2 newest (maxItems 2).',
    ]);
  });
});

describeCollectorV1Conformance({
  name: 'git collector',
  create: () => createGitCollector({ repositories: [{ path: infraPath }] }),
});
