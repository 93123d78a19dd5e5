import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeGit, isProcessAlive } from '../__fixtures__/fake-git.js';
import { runGit } from './run-git.js';

let root = '';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'collectors-git-run-'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

function options(binary: string, overrides: Partial<Parameters<typeof runGit>[0]> = {}) {
  return {
    binary,
    args: ['log'],
    cwd: root,
    env: process.env,
    signal: new AbortController().signal,
    timeoutMs: 30_000,
    maxOutputBytes: 1_000_000,
    ...overrides,
  };
}

async function waitForFile(path: string): Promise<string> {
  for (;;) {
    const text = await readFile(path, 'utf8').catch(() => '');
    if (text.trim().length > 0) return text.trim();
    await delay(10);
  }
}

describe('runGit', () => {
  it('passes arguments as an array, untouched by any shell', async () => {
    const echo = await createFakeGit(
      root,
      'echo-git',
      'for argument in "$@"; do printf "%s\\n" "$argument"; done',
    );
    const tricky = ['log', '$(touch pwned)', '; rm -rf .', "it's", '*'];
    const result = await runGit(options(echo, { args: tricky }));
    expect(result).toMatchObject({ outcome: 'exited', exitCode: 0 });
    expect(result.stdout.toString('utf8')).toBe(`${tricky.join('\n')}\n`);
    expect(existsSync(join(root, 'pwned'))).toBe(false);
  });

  it('resolves with the exit code and standard error when git fails', async () => {
    const failing = await createFakeGit(root, 'failing-git', 'echo "fatal: bad object" >&2; exit 128');
    expect(await runGit(options(failing))).toMatchObject({
      outcome: 'exited',
      exitCode: 128,
      stderr: 'fatal: bad object\n',
    });
  });

  it('rejects with ENOENT when the executable does not exist', async () => {
    await expect(runGit(options(join(root, 'no-such-git')))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('terminates git on abort and rejects with the reason once the process is gone', async () => {
    const pidFile = join(root, 'abort.pid');
    const hanging = await createFakeGit(root, 'hanging-git', `echo $$ > '${pidFile}'; exec sleep 60`);
    const controller = new AbortController();
    const reason = new Error('operator cancelled');
    const run = runGit(options(hanging, { signal: controller.signal }));
    const pid = Number(await waitForFile(pidFile));
    expect(isProcessAlive(pid)).toBe(true);
    controller.abort(reason);
    await expect(run).rejects.toBe(reason);
    expect(isProcessAlive(pid)).toBe(false);
  });

  it('terminates git past the timeout and says so', async () => {
    const pidFile = join(root, 'timeout.pid');
    const hanging = await createFakeGit(root, 'slow-git', `echo $$ > '${pidFile}'; exec sleep 60`);
    const result = await runGit(options(hanging, { timeoutMs: 200 }));
    expect(result.outcome).toBe('timed-out');
    expect(isProcessAlive(Number(await waitForFile(pidFile)))).toBe(false);
  });

  it('stops reading past the output cap', async () => {
    const flooding = await createFakeGit(root, 'flooding-git', 'exec yes commit');
    const result = await runGit(options(flooding, { maxOutputBytes: 100_000 }));
    expect(result.outcome).toBe('output-capped');
    expect(result.stdout.length).toBe(100_000);
    expect(result.stdout.toString('utf8').startsWith('commit\ncommit\n')).toBe(true);
  });

  it('ends early when the reader has enough, and rejects when the reader throws', async () => {
    const flooding = await createFakeGit(root, 'endless-git', 'exec yes commit');
    let chunks = 0;
    const stopped = await runGit(
      options(flooding, {
        onStdout: () => {
          chunks += 1;
          return chunks < 3;
        },
      }),
    );
    expect(stopped.outcome).toBe('stopped');
    expect(chunks).toBe(3);
    const bug = new Error('parser bug');
    await expect(
      runGit(
        options(flooding, {
          onStdout: () => {
            throw bug;
          },
        }),
      ),
    ).rejects.toBe(bug);
  });
});
