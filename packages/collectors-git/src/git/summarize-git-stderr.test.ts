import { describe, expect, it } from 'vitest';
import { describeSpawnFailure } from './describe-spawn-failure.js';
import { summarizeGitStderr } from './summarize-git-stderr.js';

describe('summarizeGitStderr', () => {
  it('drops the fatal/error prefixes and joins the lines', () => {
    expect(
      summarizeGitStderr(
        "fatal: detected dubious ownership in repository at '/srv/infra'\nTo add an exception for this directory, call:\n\n\tgit config --global --add safe.directory /srv/infra\n",
      ),
    ).toBe(
      "detected dubious ownership in repository at '/srv/infra' To add an exception for this directory, call: git config --global --add safe.directory /srv/infra",
    );
  });

  it('cuts long output and names empty output', () => {
    expect(summarizeGitStderr(`error: ${'x'.repeat(1000)}`)).toHaveLength(400);
    expect(summarizeGitStderr('\n \n')).toBe('(no message)');
  });
});

describe('describeSpawnFailure', () => {
  function errorWithCode(code: string): NodeJS.ErrnoException {
    return Object.assign(new Error(`spawn git ${code}`), { code });
  }

  it('says what to do when git is missing or not executable', () => {
    expect(describeSpawnFailure('git', errorWithCode('ENOENT'))).toMatch(
      /"git" was not found .*install git or set gitBinary/,
    );
    expect(describeSpawnFailure('/opt/git', errorWithCode('EACCES'))).toMatch(
      /"\/opt\/git" could not be run .*permissions/,
    );
    expect(describeSpawnFailure('git', new Error('weird'))).toBe('git ("git") could not be started: weird');
  });
});
