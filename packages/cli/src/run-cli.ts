import { InvalidInputError, TriageError } from '@triagekit/core';
import { Command, CommanderError } from 'commander';
import type { CliIo } from './cli-io.js';
import { registerDemoCommand } from './commands/demo-command.js';
import { registerIndexCommand } from './commands/index-command.js';
import { registerMetricsCommand } from './commands/metrics-command.js';
import { registerNoteCommand } from './commands/note-command.js';
import { registerPatternsCommand } from './commands/patterns-command.js';
import { registerPostmortemCommand } from './commands/postmortem-command.js';
import { registerRunCommand } from './commands/run-command.js';
import { registerSearchCommand } from './commands/search-command.js';
import { registerServeCommand } from './commands/serve-command.js';
import { EXIT_CODES } from './exit-codes.js';
import { CLI_VERSION } from './version.js';

function exitCodeFor(error: unknown, io: CliIo): number {
  if (io.abortSignal.aborted) {
    io.stderr('triagekit: interrupted; no report was written.\n');
    return EXIT_CODES.interrupted;
  }
  if (InvalidInputError.isInstance(error)) {
    io.stderr(`triagekit: ${error.message}\n`);
    return EXIT_CODES.invalidInput;
  }
  if (TriageError.isInstance(error)) {
    io.stderr(`triagekit: ${error.message}\n`);
    return EXIT_CODES.failure;
  }
  io.stderr(
    `triagekit: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT_CODES.failure;
}

/**
 * Runs the `triagekit` command line with `argv` (without the node and script entries) and returns the
 * exit code. Never calls `process.exit`, so it can be embedded and tested in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = new Command('triagekit')
    .description('Read-only, AI-optional incident triage: what happened, what changed, where to look.')
    .version(CLI_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Exit codes: 0 report written (check its degraded sources), 1 unexpected failure,
            2 bad usage or invalid input, 130 interrupted.

Examples:
  $ triagekit demo
  $ triagekit run --alert alert.json --config triagekit.json --out triage-out
  $ triagekit patterns app.log --pack --budget 4000 --json
  $ triagekit index runbooks/ postmortems/ --store .triagekit/knowledge-base
  $ triagekit search "payments p99 latency above 2s" --store .triagekit/knowledge-base --top 3
  $ triagekit serve --port 8080 --out triage --config triagekit.json
  $ triagekit note INC-42 "rolled back payments-config" --kind decision --author alice
  $ triagekit postmortem INC-42 --out postmortem.md
  $ triagekit metrics incidents.csv --since 2026-06-01`,
    );
  registerDemoCommand(program, io);
  registerRunCommand(program, io);
  registerPatternsCommand(program, io);
  registerIndexCommand(program, io);
  registerSearchCommand(program, io);
  registerServeCommand(program, io);
  registerNoteCommand(program, io);
  registerPostmortemCommand(program, io);
  registerMetricsCommand(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.invalidInput;
    }
    return exitCodeFor(error, io);
  }
}
