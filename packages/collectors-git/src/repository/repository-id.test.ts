import { describe, expect, it } from 'vitest';
import { REPOSITORY_ID_PATTERN, repositoryIdFromPath } from './repository-id.js';

describe('repositoryIdFromPath', () => {
  it('names the repository after its directory, without .git', () => {
    expect(repositoryIdFromPath('/srv/clones/infra')).toBe('infra');
    expect(repositoryIdFromPath('/srv/mirrors/platform-config.git')).toBe('platform-config');
  });

  it('replaces characters an id may not hold and falls back when nothing is left', () => {
    expect(repositoryIdFromPath('/srv/clones/my infra (prod)')).toBe('my-infra-prod');
    expect(repositoryIdFromPath('/srv/clones/.git')).toBe('repository');
    expect(repositoryIdFromPath('/srv/clones/ünïcode')).toBe('n-code');
    expect(REPOSITORY_ID_PATTERN.test(repositoryIdFromPath(`/srv/${'a'.repeat(100)}`))).toBe(true);
  });
});
