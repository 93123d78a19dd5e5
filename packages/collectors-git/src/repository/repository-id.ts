import { basename } from 'node:path';

/** What a repository id may look like: letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export const REPOSITORY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * The default id of a repository at `absolutePath`: its directory name without a `.git` suffix, other
 * characters replaced by `-` (none left at either end), cut to 64 characters (`/srv/clones/infra.git` → `infra`); `repository`
 * when nothing usable is left. Never throws.
 */
export function repositoryIdFromPath(absolutePath: string): string {
  const name = basename(absolutePath)
    .replace(/\.git$/i, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '')
    .slice(0, 64);
  return REPOSITORY_ID_PATTERN.test(name) ? name : 'repository';
}
