import { describe, expect, it } from 'vitest';
import type { GitCommit } from '../parse/git-commit.js';
import { formatCommitText, MAX_BODY_LENGTH } from './format-commit-text.js';

function commit(overrides: Partial<GitCommit> = {}): GitCommit {
  return {
    sha: '3f2a1c9e4b7d5a6f8e9d0c1b2a3f4e5d6c7b8a90',
    parents: ['1'.repeat(40)],
    authorName: 'Zoë',
    authorEmail: 'zoe@example.com',
    authoredAt: 1772610000,
    committedAt: 1772612400,
    subject: 'Bump payments replicas to 6',
    body: 'Peak traffic expected.',
    files: [
      { status: 'M', path: 'k8s/payments/deploy.yaml', insertions: 2, deletions: 1 },
      {
        status: 'R',
        path: 'k8s/payments/hpa.yaml',
        previousPath: 'k8s/payments/autoscaler.yaml',
        insertions: 0,
        deletions: 0,
      },
      { status: 'A', path: 'k8s/payments/logo.png', insertions: null, deletions: null },
    ],
    fileCount: 3,
    insertions: 2,
    deletions: 1,
    serviceWeights: new Map([['payments', 6]]),
    ...overrides,
  };
}

describe('formatCommitText', () => {
  it('starts with repository, short sha and subject, then body, diffstat and one line per file', () => {
    expect(formatCommitText(commit(), 'infra', ['payments'])).toBe(
      [
        'infra@3f2a1c9e4b7d: Bump payments replicas to 6',
        '',
        'Peak traffic expected.',
        '',
        '3 files changed, +2 -1; services: payments',
        'M k8s/payments/deploy.yaml (+2 -1)',
        'R k8s/payments/autoscaler.yaml → k8s/payments/hpa.yaml (+0 -0)',
        'A k8s/payments/logo.png (binary)',
      ].join('\n'),
    );
  });

  it('says how many files were left unlisted, and notes merges', () => {
    const text = formatCommitText(
      commit({ parents: ['1'.repeat(40), '2'.repeat(40)], fileCount: 20_000, body: '' }),
      'infra',
      [],
    );
    expect(text.split('\n')).toEqual([
      'infra@3f2a1c9e4b7d: Bump payments replicas to 6',
      '',
      '20000 files changed, +2 -1',
      'merge of 2 parents: changes shown against the first parent',
      'M k8s/payments/deploy.yaml (+2 -1)',
      'R k8s/payments/autoscaler.yaml → k8s/payments/hpa.yaml (+0 -0)',
      'A k8s/payments/logo.png (binary)',
      '… and 19997 more files not listed',
    ]);
  });

  it('cuts a long body with a marker and names an empty subject', () => {
    const text = formatCommitText(
      commit({ subject: '', body: 'x'.repeat(MAX_BODY_LENGTH + 10) }),
      'infra',
      [],
    );
    expect(text.split('\n')[0]).toBe('infra@3f2a1c9e4b7d: (no subject)');
    expect(text).toContain(`${'x'.repeat(MAX_BODY_LENGTH)} …[body cut at ${MAX_BODY_LENGTH} characters]`);
    expect(text).not.toContain('x'.repeat(MAX_BODY_LENGTH + 1));
  });
});
