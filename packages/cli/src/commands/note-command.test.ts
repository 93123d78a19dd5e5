import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InvalidInputError } from '@triagekit/core';
import { openIncidentTimeline } from '@triagekit/postmortem';
import { Command, CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io.js';
import { registerNoteCommand } from './note-command.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-note-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

// Mirrors runCli: usage errors and InvalidInputError exit with 2 and print the message.
async function note(argv: string[], environment: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: directory,
    abortSignal: new AbortController().signal,
    stdin: Readable.from([]),
    environment,
  };
  const program = new Command('triagekit')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerNoteCommand(program, io);
  try {
    await program.parseAsync(['note', ...argv], { from: 'user' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof CommanderError) return { code: error.exitCode === 0 ? 0 : 2, stdout, stderr };
    if (InvalidInputError.isInstance(error))
      return { code: 2, stdout, stderr: `${stderr}triagekit: ${error.message}\n` };
    throw error;
  }
}

describe('triagekit note', () => {
  it('appends decisions, actions, status changes and the resolution to the default timeline directory', async () => {
    const first = await note(
      ['INC-1042', 'Roll back payments-api', '--kind', 'decision', '--at', '2026-03-04T10:14:00Z'],
      { USER: 'ana' },
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Recorded decision te_[0-9a-f]{16} \(#1, 2026-03-04T10:14:00.000Z\) in .*\.triagekit\/incidents\/INC-1042\.jsonl\n$/,
    );
    await note([
      'INC-1042',
      '--status',
      'acknowledged',
      '--author',
      'ben',
      '--at',
      '2026-03-04 11:07',
      '--timezone',
      'Europe/Berlin',
    ]);
    await note(['INC-1042', 'Alert on pool wait time', '--kind', 'action', '--follow-up'], {
      TRIAGEKIT_AUTHOR: 'cy',
      USER: 'ignored',
    });
    const json = await note(['INC-1042', 'Rolled back v2.14.0', '--kind', 'resolution', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      kind: 'resolution',
      summary: 'Rolled back v2.14.0',
      sequence: 4,
      author: null,
    });
    const timeline = await openIncidentTimeline(join(directory, '.triagekit/incidents'), 'INC-1042').read();
    expect(timeline.entries.map((entry) => [entry.kind, entry.author])).toEqual([
      ['decision', 'ana'],
      ['status-change', 'ben'],
      ['action', 'cy'],
      ['resolution', null],
    ]);
    expect(timeline.entries[1]).toMatchObject({
      status: 'acknowledged',
      time: '2026-03-04T10:07:00.000Z',
      note: null,
    });
    expect(timeline.entries[2]).toMatchObject({ followUp: true });
  });

  it('writes to --dir and rejects bad input with exit code 2 and a precise message', async () => {
    expect((await note(['INC-1', 'observed', '--dir', 'elsewhere'])).code).toBe(0);
    expect(await readFile(join(directory, 'elsewhere', 'INC-1.jsonl'), 'utf8')).toContain(
      '"text":"observed"',
    );
    const cases: [string[], string][] = [
      [['../etc', 'x'], '"../etc" is not usable'],
      [['INC-1'], 'text: is required'],
      [
        ['INC-1', 'x', '--kind', 'rumour'],
        '--kind: must be one of decision, action, note, resolution, got "rumour"',
      ],
      [
        ['INC-1', '--status', 'fixed'],
        '--status: must be one of triggered, acknowledged, mitigated, resolved, got "fixed"',
      ],
      [['INC-1', 'x', '--follow-up'], '--follow-up: only applies to --kind action'],
      [['INC-1', 'x', '--at', 'yesterday'], '--at: "yesterday" is not an ISO 8601 date-time'],
      [['INC-1', 'x', '--at', '2026-03-04 10:00'], '--at: "2026-03-04 10:00" has no time zone offset'],
    ];
    for (const [argv, message] of cases) {
      const result = await note(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });
});
