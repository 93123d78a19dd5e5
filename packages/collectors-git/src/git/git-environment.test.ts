import { describe, expect, it } from 'vitest';
import { createGitEnvironment } from './git-environment.js';

describe('createGitEnvironment', () => {
  const base = {
    PATH: '/usr/bin',
    HOME: '/home/oncall',
    GIT_DIR: '/elsewhere/.git',
    GIT_WORK_TREE: '/elsewhere',
    GIT_INDEX_FILE: '/elsewhere/.git/index',
    GIT_CONFIG_PARAMETERS: "'core.pager'='less'",
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'core.hooksPath',
    GIT_CONFIG_VALUE_0: '/elsewhere/hooks',
    GIT_SSH_COMMAND: 'ssh -i key',
    LANG: 'de_DE.UTF-8',
  };

  it('drops variables that point git at another repository or inject configuration', () => {
    const environment = createGitEnvironment(base, '/srv/clones/infra');
    for (const name of [
      'GIT_DIR',
      'GIT_WORK_TREE',
      'GIT_INDEX_FILE',
      'GIT_CONFIG_PARAMETERS',
      'GIT_CONFIG_COUNT',
      'GIT_CONFIG_KEY_0',
      'GIT_CONFIG_VALUE_0',
    ]) {
      expect(environment[name]).toBeUndefined();
    }
    expect(environment).toMatchObject({
      PATH: '/usr/bin',
      HOME: '/home/oncall',
      GIT_SSH_COMMAND: 'ssh -i key',
    });
  });

  it('makes reads lock-free, prompt-free, English, and stops discovery at the repository', () => {
    expect(createGitEnvironment(base, '/srv/clones/infra')).toMatchObject({
      GIT_OPTIONAL_LOCKS: '0',
      GIT_NO_LAZY_FETCH: '1',
      GIT_TERMINAL_PROMPT: '0',
      GIT_CEILING_DIRECTORIES: '/srv/clones',
      LC_ALL: 'C',
      GIT_PAGER: 'cat',
    });
  });

  it('leaves its input alone', () => {
    const copy = { ...base };
    createGitEnvironment(base, '/srv/clones/infra');
    expect(base).toEqual(copy);
  });
});
