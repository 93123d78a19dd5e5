import type { Readable } from 'node:stream';

/** Where the CLI reads and writes; the real process by default, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Aborted on Ctrl-C. */
  readonly abortSignal: AbortSignal;
  /** Standard input, for commands that read `-`. */
  readonly stdin: Readable;
  /** Environment variables (tokens, API keys); default `process.env`. */
  readonly environment?: Readonly<Record<string, string | undefined>>;
}

/** The process's own streams and working directory. */
export function processIo(abortSignal: AbortSignal): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    abortSignal,
    stdin: process.stdin,
  };
}
