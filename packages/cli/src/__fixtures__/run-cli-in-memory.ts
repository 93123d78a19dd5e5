import { Readable } from 'node:stream';
import { runCli } from '../run-cli.js';

/**
 * Runs the CLI in-process with buffered output, for tests: `cwd` is the test's directory, `stdin` the
 * given lines (or a custom stream, e.g. one posing as a terminal).
 */
export async function runCliInMemory(
  argv: readonly string[],
  options: { cwd: string; stdinLines?: readonly string[]; stdin?: Readable },
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd,
    abortSignal: new AbortController().signal,
    stdin: options.stdin ?? Readable.from((options.stdinLines ?? []).map((line) => `${line}\n`)),
  });
  return { code, stdout, stderr };
}
