import { describe, expect, it } from 'vitest';
import { createGitRevListArguments } from './git-rev-list-arguments.js';

describe('createGitRevListArguments', () => {
  const commit = 'a'.repeat(40);

  it('walks first parents, merges included, or every commit without merges', () => {
    const firstParent = createGitRevListArguments(commit, 'first-parent');
    expect(firstParent.slice(firstParent.indexOf('rev-list'))).toEqual([
      'rev-list',
      '--timestamp',
      '--first-parent',
      commit,
    ]);
    const all = createGitRevListArguments(commit, 'all');
    expect(all.slice(all.indexOf('rev-list'))).toEqual(['rev-list', '--timestamp', '--no-merges', commit]);
  });

  it('never writes and never pages', () => {
    expect(createGitRevListArguments(commit, 'all').slice(0, 2)).toEqual([
      '--no-pager',
      '--no-optional-locks',
    ]);
  });
});
