import { Readable } from 'node:stream';
import { runCli } from '../run-cli.js';

// Variables that would make `run` and `demo` call a real model with a developer's key.
const LLM_VARIABLES = ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'ANTHROPIC_API_KEY', 'ANTHROPIC_BASE_URL'];

function withoutLlmVariables(
  environment: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const copy = { ...environment };
  for (const name of LLM_VARIABLES) delete copy[name];
  return copy;
}

/**
 * Runs the CLI in-process with buffered output, for tests: `cwd` is the test's directory, `stdin` the
 * given lines (or a custom stream, e.g. one posing as a terminal), `environment` the variables the CLI sees.
 * Without `environment` it sees `process.env` minus the LLM keys and base URLs, so no test reaches a real
 * model with a key from the developer's shell.
 */
export async function runCliInMemory(
  argv: readonly string[],
  options: {
    cwd: string;
    stdinLines?: readonly string[];
    stdin?: Readable;
    environment?: Readonly<Record<string, string | undefined>>;
  },
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
    environment: options.environment ?? withoutLlmVariables(process.env),
  });
  return { code, stdout, stderr };
}
