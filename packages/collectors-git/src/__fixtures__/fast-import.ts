import type { TestRepository } from './test-repository.js';

/** One commit for {@link fastImport}: plain ASCII paths mapped to contents. */
export interface FastImportCommit {
  readonly message: string;
  /** Committer time, ISO 8601. */
  readonly at: string;
  readonly files: Readonly<Record<string, string>>;
}

function data(text: string): string {
  return `data ${Buffer.byteLength(text)}\n${text}\n`;
}

function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

/**
 * Appends commits to `branch` with `git fast-import`: thousands of files or commits in well under a
 * second, where one `git add` per file would take minutes. The first commit continues the branch when it
 * exists.
 */
export async function fastImport(
  repository: TestRepository,
  branch: string,
  commits: readonly FastImportCommit[],
): Promise<void> {
  const parts: string[] = [];
  let parent = (await repository.git(['rev-parse', '--verify', '--quiet', branch]).catch(() => '')).trim();
  commits.forEach((commit, index) => {
    const mark = index + 1;
    const when = `${seconds(commit.at)} +0000`;
    parts.push(
      `commit refs/heads/${branch}\nmark :${mark}\n`,
      `author Bulk Author <bulk@example.com> ${when}\ncommitter Bulk Committer <bulk@example.com> ${when}\n`,
      data(commit.message),
      parent ? `from ${parent}\n` : '',
    );
    for (const [path, content] of Object.entries(commit.files))
      parts.push(`M 100644 inline ${path}\n`, data(content));
    parts.push('\n');
    parent = `:${mark}`;
  });
  await repository.git(['fast-import', '--quiet'], {}, parts.join(''));
}
