import { describe, expect, it } from 'vitest';
import { createGitLogArguments } from './git-log-arguments.js';

const pathspecs = [':(top,glob)k8s/', ':(top,glob)**/*.tf'];

describe('createGitLogArguments', () => {
  it('reads without pager or optional locks, with unquoted paths, NUL-separated', () => {
    const args = createGitLogArguments(pathspecs);
    expect(args.slice(0, 2)).toEqual(['--no-pager', '--no-optional-locks']);
    expect(args).toContain('core.quotepath=off');
    expect(args.indexOf('log')).toBeGreaterThan(args.indexOf('core.quotepath=off'));
    expect(args).toEqual(
      expect.arrayContaining(['-z', '--raw', '--numstat', '-M', '--no-abbrev', '--no-ext-diff']),
    );
  });

  it('reads exactly the commits given on standard input, merges diffed against their first parent', () => {
    const args = createGitLogArguments(pathspecs);
    expect(args).toEqual(
      expect.arrayContaining(['--stdin', '--no-walk=unsorted', '--diff-merges=first-parent']),
    );
  });

  it('puts the pathspecs after --, so none can be read as an option or a revision', () => {
    expect(createGitLogArguments(pathspecs).slice(-3)).toEqual(['--', ...pathspecs]);
  });
});
