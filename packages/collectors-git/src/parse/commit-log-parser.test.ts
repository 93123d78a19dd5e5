import { describe, expect, it } from 'vitest';
import { inferServiceFromPath } from '../services/infer-service-from-path.js';
import { CommitLogParser } from './commit-log-parser.js';
import type { GitCommit } from './git-commit.js';
import { COMMIT_MARKER } from './git-log-format.js';
import { NulTokenSplitter } from './nul-token-splitter.js';

const shaA = 'a'.repeat(40);
const shaB = 'b'.repeat(40);
const shaC = 'c'.repeat(40);
const blob1 = '1'.repeat(40);
const blob2 = '2'.repeat(40);
const zero = '0'.repeat(40);

/** The tokens git prints for one commit with `-z --format=GIT_LOG_FORMAT --raw --numstat`. */
function commitTokens(options: {
  sha: string;
  parents?: string;
  message: string;
  raw?: string[][];
  numstat?: string[][];
}): string[] {
  const tokens = [
    COMMIT_MARKER,
    options.sha,
    options.parents ?? '',
    'Zoë Ångström',
    'zoe@example.com',
    '1772610000',
    '1772612400',
    options.message,
  ];
  const diff = [...(options.raw ?? []).flat(), ...(options.numstat ?? []).flat()];
  // Git separates the message from the first diff record with a newline.
  if (diff.length > 0) diff[0] = `\n${diff[0]}`;
  return [...tokens, ...diff];
}

function parse(tokens: readonly string[], maxFilesPerCommit = 50): GitCommit[] {
  const commits: GitCommit[] = [];
  const parser = new CommitLogParser({
    maxFilesPerCommit,
    serviceOf: inferServiceFromPath,
    onCommit: (commit) => commits.push(commit),
  });
  for (const token of tokens) parser.push(token);
  parser.finish();
  return commits;
}

describe('CommitLogParser', () => {
  it('reads the header, message, statuses, renames, binary files and totals of each commit', () => {
    const commits = parse([
      ...commitTokens({
        sha: shaA,
        parents: shaB,
        message: 'Move payments config\n\nAlso tune the HPA.\n',
        raw: [
          [`:100644 100644 ${blob1} ${blob2} R087`, 'k8s/payments/old.yaml', 'k8s/payments/new.yaml'],
          [`:000000 100644 ${zero} ${blob1} A`, 'k8s/payments/logo.png'],
          [`:100644 100644 ${blob1} ${blob2} M`, 'k8s/checkout/hpa.yaml'],
        ],
        numstat: [
          ['3\t1\t', 'k8s/payments/old.yaml', 'k8s/payments/new.yaml'],
          ['-\t-\tk8s/payments/logo.png'],
          ['10\t4\tk8s/checkout/hpa.yaml'],
        ],
      }),
      ...commitTokens({
        sha: shaB,
        message: 'Root commit\n',
        raw: [[`:000000 100644 ${zero} ${blob1} A`, 'main.tf']],
        numstat: [['7\t0\tmain.tf']],
      }),
    ]);
    expect(commits).toHaveLength(2);
    const [first, second] = commits as [GitCommit, GitCommit];
    expect(first).toMatchObject({
      sha: shaA,
      parents: [shaB],
      authorName: 'Zoë Ångström',
      authorEmail: 'zoe@example.com',
      authoredAt: 1772610000,
      committedAt: 1772612400,
      subject: 'Move payments config',
      body: 'Also tune the HPA.',
      fileCount: 3,
      insertions: 13,
      deletions: 5,
    });
    expect(first.files).toEqual([
      {
        status: 'R',
        path: 'k8s/payments/new.yaml',
        previousPath: 'k8s/payments/old.yaml',
        insertions: 3,
        deletions: 1,
      },
      { status: 'A', path: 'k8s/payments/logo.png', insertions: null, deletions: null },
      { status: 'M', path: 'k8s/checkout/hpa.yaml', insertions: 10, deletions: 4 },
    ]);
    // Weights: changed lines plus one per file; the binary file counts one.
    // payments: the rename (3 + 1 + 1) and the binary file (0 + 1); checkout: 10 + 4 + 1.
    expect(Object.fromEntries(first.serviceWeights)).toEqual({ payments: 5 + 1, checkout: 15 });
    expect(second).toMatchObject({
      sha: shaB,
      parents: [],
      subject: 'Root commit',
      fileCount: 1,
      insertions: 7,
    });
  });

  it('lists at most maxFilesPerCommit files but counts every file in the totals and service weights', () => {
    const paths = Array.from({ length: 7 }, (_, index) => `k8s/svc${index % 2}/file${index}.yaml`);
    const [commit] = parse(
      commitTokens({
        sha: shaA,
        message: 'Bulk change\n',
        raw: paths.map((path) => [`:100644 100644 ${blob1} ${blob2} M`, path]),
        numstat: paths.map((path) => [`2\t1\t${path}`]),
      }),
      3,
    );
    expect(commit?.files.map((file) => file.path)).toEqual(paths.slice(0, 3));
    expect(commit).toMatchObject({ fileCount: 7, insertions: 14, deletions: 7 });
    expect(Object.fromEntries(commit?.serviceWeights ?? [])).toEqual({ svc0: 4 * 4, svc1: 3 * 4 });
  });

  it('counts a rename between services for both', () => {
    const [commit] = parse(
      commitTokens({
        sha: shaA,
        message: 'Hand the worker to checkout\n',
        raw: [
          [`:100644 100644 ${blob1} ${blob1} R100`, 'k8s/payments/worker.yaml', 'k8s/checkout/worker.yaml'],
        ],
        numstat: [['0\t0\t', 'k8s/payments/worker.yaml', 'k8s/checkout/worker.yaml']],
      }),
    );
    expect(Object.fromEntries(commit?.serviceWeights ?? [])).toEqual({ payments: 1, checkout: 1 });
  });

  it('never mistakes message or path contents for records', () => {
    const trickyMessage = `Subject\n\n${COMMIT_MARKER}\n:100644 100644 ${blob1} ${blob2} M\n3\t4\tfake\n`;
    const trickyPath = `k8s/payments/${COMMIT_MARKER}`;
    const commits = parse([
      ...commitTokens({
        sha: shaA,
        message: trickyMessage,
        raw: [[`:100644 100644 ${blob1} ${blob2} M`, trickyPath]],
        numstat: [[`1\t1\t${trickyPath}`]],
      }),
      ...commitTokens({
        sha: shaB,
        message: 'Next\n',
        raw: [[`:100644 100644 ${blob1} ${blob2} D`, '3\t4\tk8s/odd name']],
        numstat: [['0\t9\t3\t4\tk8s/odd name']],
      }),
    ]);
    expect(commits.map((commit) => commit.sha)).toEqual([shaA, shaB]);
    expect(commits[0]?.body).toContain(COMMIT_MARKER);
    expect(commits[0]?.files[0]?.path).toBe(trickyPath);
    expect(commits[1]?.files).toEqual([
      { status: 'D', path: '3\t4\tk8s/odd name', insertions: 0, deletions: 9 },
    ]);
  });

  it('rejoins a message that contained a NUL byte', () => {
    const [commit] = parse([
      COMMIT_MARKER,
      shaA,
      '',
      'A',
      'a@example.com',
      '1',
      '2',
      'Subject\n\nbefore',
      'after\n',
      `\n:100644 100644 ${blob1} ${blob2} M`,
      'k8s/a.yaml',
      '1\t0\tk8s/a.yaml',
    ]);
    expect(commit?.body).toBe('before\u0000after');
    expect(commit?.fileCount).toBe(1);
  });

  it('reads a commit without diff records and skips anything before the first marker', () => {
    const commits = parse([
      'warning: noise',
      ...commitTokens({ sha: shaA, message: 'Empty\n' }),
      `\n${COMMIT_MARKER}`,
      shaC,
      '',
      'B',
      'b@example.com',
      '3',
      '4',
      'Second\n',
    ]);
    expect(commits.map((commit) => [commit.sha, commit.fileCount])).toEqual([
      [shaA, 0],
      [shaC, 0],
    ]);
  });

  it('gives the same commits from a byte stream however it is chunked', () => {
    const tokens = commitTokens({
      sha: shaA,
      message: 'Déploiement 🚀\n\nCorps du message.\n',
      raw: [[`:100644 100644 ${blob1} ${blob2} M`, 'k8s/paiements/déploiement.yaml']],
      numstat: [['2\t2\tk8s/paiements/déploiement.yaml']],
    });
    const bytes = Buffer.from(`${tokens.join('\0')}\0`, 'utf8');
    const whole = parse(tokens);
    for (const size of [1, 4, 13]) {
      const splitter = new NulTokenSplitter();
      const streamed: string[] = [];
      for (let offset = 0; offset < bytes.length; offset += size) {
        streamed.push(...splitter.push(bytes.subarray(offset, offset + size)));
      }
      expect(parse(streamed)).toEqual(whole);
    }
  });
});
