import { devNull } from 'node:os';

/**
 * The environment test repositories are built with: no system or global git configuration (a developer's
 * `commit.gpgsign` or hooks must not leak in), a fixed identity so CI without one works, English messages.
 */
export function createTestGitEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith('GIT_')) environment[name] = value;
  }
  return {
    ...environment,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    LC_ALL: 'C',
    ...extra,
  };
}

/** A git date (`<seconds> +0000`) for an ISO 8601 time; the form git reads without ambiguity. */
export function toGitDate(iso: string): string {
  return `${Math.floor(Date.parse(iso) / 1000)} +0000`;
}
