import { evidenceInputSchema } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import type { GitCommit } from '../parse/git-commit.js';
import type { ResolvedRepository } from '../repository/resolved-repository.js';
import { commitEvidenceId, commitToEvidence } from './commit-to-evidence.js';

const sha = '3f2a1c9e4b7d5a6f8e9d0c1b2a3f4e5d6c7b8a90';

const commit: GitCommit = {
  sha,
  parents: ['1'.repeat(40)],
  authorName: 'Zoë Ångström',
  authorEmail: 'zoe@example.com',
  authoredAt: Date.parse('2026-03-02T08:00:00Z') / 1000,
  committedAt: Date.parse('2026-03-04T09:40:00Z') / 1000,
  subject: 'Move the worker to checkout',
  body: '',
  files: [
    {
      status: 'R',
      path: 'k8s/checkout/worker.yaml',
      previousPath: 'k8s/payments/worker.yaml',
      insertions: 1,
      deletions: 1,
    },
  ],
  fileCount: 1,
  insertions: 1,
  deletions: 1,
  serviceWeights: new Map([
    ['payments', 3],
    ['checkout', 3],
  ]),
};

const repository: ResolvedRepository = {
  id: 'infra',
  label: 'Infrastructure',
  path: '/srv/clones/infra',
  ref: 'main',
  pathPatterns: ['k8s/'],
  pathspecs: [':(top,glob)k8s/'],
  serviceOf: () => null,
  webUrl: 'https://github.com/acme/infra/commit/{sha}',
  fetch: false,
  remote: 'origin',
};

describe('commitToEvidence', () => {
  it('maps a commit to info-level change evidence timed at the committer time', () => {
    const evidence = commitToEvidence(commit, repository, { alertService: 'payments', includeEmails: false });
    expect(evidenceInputSchema.safeParse(evidence).success).toBe(true);
    expect(evidence).toMatchObject({
      id: 'ev_git_infra_3f2a1c9e4b7d',
      kind: 'change',
      time: '2026-03-04T09:40:00.000Z',
      service: 'payments',
      severity: 'info',
      links: [{ label: 'commit 3f2a1c9e4b7d', url: `https://github.com/acme/infra/commit/${sha}` }],
    });
    expect(evidence.text.split('\n')[0]).toBe('Infrastructure@3f2a1c9e4b7d: Move the worker to checkout');
    expect(evidence.attributes).toEqual({
      repository: 'infra',
      repositoryLabel: 'Infrastructure',
      ref: 'main',
      sha,
      subject: 'Move the worker to checkout',
      author: 'Zoë Ångström',
      authoredAt: '2026-03-02T08:00:00.000Z',
      committedAt: '2026-03-04T09:40:00.000Z',
      merge: false,
      files: 1,
      filesListed: 1,
      insertions: 1,
      deletions: 1,
      services: 'checkout,payments',
    });
  });

  it('keeps author emails out unless asked for', () => {
    const without = commitToEvidence(commit, repository, { alertService: null, includeEmails: false });
    expect(JSON.stringify(without)).not.toContain('zoe@example.com');
    const withEmails = commitToEvidence(commit, repository, { alertService: null, includeEmails: true });
    expect(withEmails.attributes.authorEmail).toBe('zoe@example.com');
  });

  it('files the evidence under the alert service only when the commit touches it', () => {
    expect(
      commitToEvidence(commit, repository, { alertService: 'search', includeEmails: false }).service,
    ).toBe('checkout');
  });

  it('has no link without a webUrl and no service without mapped files', () => {
    const evidence = commitToEvidence(
      { ...commit, serviceWeights: new Map() },
      { ...repository, webUrl: undefined },
      { alertService: 'payments', includeEmails: false },
    );
    expect(evidence.links).toEqual([]);
    expect(evidence.service).toBeNull();
    expect(evidence.attributes.services).toBeNull();
  });

  it('derives ids from repository and sha only', () => {
    expect(commitEvidenceId('infra', sha)).toBe('ev_git_infra_3f2a1c9e4b7d');
    expect(commitEvidenceId('infra-fork', sha)).not.toBe(commitEvidenceId('infra', sha));
  });
});
