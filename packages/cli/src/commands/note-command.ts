import { resolve } from 'node:path';
import { InvalidInputError } from '@triagekit/core';
import {
  DEFAULT_TIMELINE_DIRECTORY,
  INCIDENT_STATUSES,
  type IncidentStatus,
  openIncidentTimeline,
  parseExportTimestamp,
  type TimelineEntryInput,
} from '@triagekit/postmortem';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';

interface NoteFlags {
  readonly author?: string;
  readonly kind: string;
  readonly status?: string;
  readonly followUp?: boolean;
  readonly at?: string;
  readonly timezone?: string;
  readonly dir: string;
  readonly json?: boolean;
}

const TEXT_KINDS = ['decision', 'action', 'note', 'resolution'] as const;

function usage(path: string, message: string, hint?: string): InvalidInputError {
  return new InvalidInputError({ source: 'command line', issues: [{ path, message }], hint });
}

function entryFrom(
  text: string | undefined,
  flags: NoteFlags,
  author: string | null,
  time: string | undefined,
): TimelineEntryInput {
  if (flags.status !== undefined) {
    if (!(INCIDENT_STATUSES as readonly string[]).includes(flags.status)) {
      throw usage('--status', `must be one of ${INCIDENT_STATUSES.join(', ')}, got "${flags.status}"`);
    }
    return {
      kind: 'status-change',
      status: flags.status as IncidentStatus,
      note: text ?? null,
      author,
      time,
    };
  }
  if (!(TEXT_KINDS as readonly string[]).includes(flags.kind)) {
    throw usage(
      '--kind',
      `must be one of ${TEXT_KINDS.join(', ')}, got "${flags.kind}"`,
      'Record a status with --status acknowledged|mitigated|resolved.',
    );
  }
  if (text === undefined || text.trim() === '')
    throw usage('text', 'is required: what was decided, done or observed');
  if (flags.followUp && flags.kind !== 'action') throw usage('--follow-up', 'only applies to --kind action');
  switch (flags.kind) {
    case 'resolution':
      return { kind: 'resolution', summary: text, author, time };
    case 'action':
      return { kind: 'action', text, followUp: flags.followUp ?? false, author, time };
    default:
      return { kind: flags.kind as 'decision' | 'note', text, author, time };
  }
}

/**
 * Registers `triagekit note <incident> [text] [--kind decision|action|note|resolution] [--status STATUS]
 * [--follow-up] [--author NAME] [--at TIME] [--dir DIR] [--json]`: appends one entry to the incident's
 * timeline (`<dir>/<incident>.jsonl`).
 */
export function registerNoteCommand(program: Command, io: CliIo): void {
  program
    .command('note')
    .description("Record a decision, action, note, status change or resolution in an incident's timeline.")
    .argument('<incident>', 'incident id (letters, digits, ".", "_", "-"), e.g. INC-1042')
    .argument('[text]', 'what was decided, done or observed (optional with --status)')
    .option('--kind <kind>', 'decision, action, note or resolution', 'note')
    .option('--status <status>', `record a status change instead: ${INCIDENT_STATUSES.join(', ')}`)
    .option('--follow-up', 'with --kind action: work still to do after the incident (a proposed action item)')
    .option('--author <name>', 'who decided or did it (default: $TRIAGEKIT_AUTHOR, else $USER)')
    .option('--at <time>', 'when it happened, ISO 8601 (default: now), e.g. 2026-03-04T10:14:00Z')
    .option('--timezone <zone>', 'IANA time zone for an --at without offset, e.g. Europe/Berlin')
    .option('--dir <dir>', 'timeline directory', DEFAULT_TIMELINE_DIRECTORY)
    .option('--json', 'print the recorded entry as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ triagekit note INC-1042 "Roll back payments-api rather than raise the pool size" --kind decision
  $ triagekit note INC-1042 --status acknowledged --author ana --at 2026-03-04T10:07:40Z
  $ triagekit note INC-1042 "Alert on pool wait time" --kind action --follow-up
  $ triagekit note INC-1042 "Rolled back v2.14.0; pool size back to 50" --kind resolution`,
    )
    .action(async (incident: string, text: string | undefined, flags: NoteFlags) => {
      const environment = io.environment ?? process.env;
      const author = flags.author ?? environment.TRIAGEKIT_AUTHOR ?? environment.USER ?? null;
      let time: string | undefined;
      if (flags.at !== undefined) {
        const parsed = parseExportTimestamp(flags.at, flags.timezone);
        if (!parsed.ok) throw usage('--at', parsed.message);
        time = parsed.iso;
      }
      const store = openIncidentTimeline(resolve(io.cwd, flags.dir), incident);
      const entry = await store.append(entryFrom(text, flags, author, time));
      if (flags.json) io.stdout(`${JSON.stringify(entry)}\n`);
      else
        io.stdout(
          `Recorded ${entry.kind} ${entry.id} (#${entry.sequence}, ${entry.time}) in ${store.path}\n`,
        );
    });
}
