import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InvalidInputError } from '@triagekit/core';
import { createSampleTriageReport } from '@triagekit/core/testing';
import { openIncidentTimeline, recordTriageReport } from '@triagekit/postmortem';
import { Command, CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io.js';
import { registerNoteCommand } from './note-command.js';
import { registerPostmortemCommand } from './postmortem-command.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-postmortem-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

// Mirrors runCli: usage errors and InvalidInputError exit with 2 and print the message.
async function cli(argv: string[]) {
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
    environment: { USER: 'ana' },
  };
  const program = new Command('triagekit')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerNoteCommand(program, io);
  registerPostmortemCommand(program, io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof CommanderError) return { code: error.exitCode === 0 ? 0 : 2, stdout, stderr };
    if (InvalidInputError.isInstance(error))
      return { code: 2, stdout, stderr: `${stderr}triagekit: ${error.message}\n` };
    throw error;
  }
}

async function recordIncident(): Promise<void> {
  const store = openIncidentTimeline(join(directory, '.triagekit/incidents'), 'INC-7');
  await recordTriageReport(store, createSampleTriageReport(), { reportPath: 'triage-out/report.json' });
  await cli(['note', 'INC-7', '--status', 'acknowledged', '--at', '2026-03-04T10:03:00Z']);
  await cli([
    'note',
    'INC-7',
    'Rolled back payments-api v2.14.0',
    '--kind',
    'resolution',
    '--at',
    '2026-03-04T10:40:00Z',
  ]);
}

describe('triagekit postmortem', () => {
  it('drafts the post-mortem from the timeline, writes the Markdown and reports the citation check', async () => {
    await recordIncident();
    const { code, stdout, stderr } = await cli(['postmortem', 'INC-7', '--out', 'postmortems/INC-7.md']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(
      /^Wrote .*postmortems\/INC-7\.md: 9 sections from 4 timeline entries; \d+ cited statements, citations verified\.\n$/,
    );
    const markdown = await readFile(join(directory, 'postmortems/INC-7.md'), 'utf8');
    expect(markdown).toContain('# Post-mortem: PaymentsLatencyHigh: p99 > 2s');
    // Onset 09:52:10 to the resolution at 10:40:00: 47 min 50 s.
    expect(markdown).toContain('Impact lasted 47m 50s');
    expect(markdown).toContain('- **Hypothesis:** Deployed payments-api v2.14.0');
  });

  it('uses a custom template, prints the structured draft with --json, and says which sections lack data', async () => {
    await cli(['note', 'INC-8', 'Customers report slow checkouts', '--at', '2026-03-04T10:00:00Z']);
    await writeFile(
      join(directory, 'template.md'),
      '# {{title}}\n\n## What happened\n{{section:timeline}}\n\n## Cause\n{{section:root-cause}}\n',
    );
    const text = await cli([
      'postmortem',
      'INC-8',
      '--out',
      'INC-8.md',
      '--template',
      'template.md',
      '--title',
      'Slow checkouts',
    ]);
    expect(text.stdout).toContain(
      '(no data for: summary, impact, detection, root-cause, resolution, went-well, went-badly, action-items)',
    );
    const markdown = await readFile(join(directory, 'INC-8.md'), 'utf8');
    expect(
      markdown.startsWith(
        '# Slow checkouts\n\n## What happened\n- 2026-03-04 10:00:00 UTC — Note (by ana): Customers report slow checkouts [te_',
      ),
    ).toBe(true);
    expect(markdown).toContain('## Cause\n- _No triage report recorded');
    const json = await cli(['postmortem', 'INC-8', '--out', 'INC-8.md', '--json']);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.citations).toMatchObject({ ok: true });
    expect(parsed.draft.sections).toHaveLength(9);
    expect(parsed.out).toBe(join(directory, 'INC-8.md'));
  });

  it('exits with 2 for an unknown incident, a missing template, an unknown section, or no --out', async () => {
    const missing = await cli(['postmortem', 'INC-404', '--out', 'x.md']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Invalid timeline of incident INC-404');
    expect(missing.stderr).toContain('does not exist');
    await cli(['note', 'INC-9', 'something']);
    const noTemplate = await cli(['postmortem', 'INC-9', '--out', 'x.md', '--template', 'nope.md']);
    expect(noTemplate.stderr).toContain('template');
    expect(noTemplate.stderr).toContain('does not exist');
    await writeFile(join(directory, 'bad.md'), '## Lessons\n{{section:lessons}}\n');
    const bad = await cli(['postmortem', 'INC-9', '--out', 'x.md', '--template', 'bad.md']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('line 2, column 1: unknown section "lessons"');
    expect((await cli(['postmortem', 'INC-9'])).code).toBe(2);
  });

  it('warns about corrupt timeline lines but still drafts from the rest', async () => {
    await cli(['note', 'INC-10', 'first']);
    await writeFile(join(directory, '.triagekit/incidents/INC-10.jsonl'), '{"broken\n', { flag: 'a' });
    await cli(['note', 'INC-10', 'second']);
    const { code, stderr } = await cli(['postmortem', 'INC-10', '--out', 'pm.md']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^warning: Skipped timeline line .*INC-10\.jsonl:2: not valid JSON/);
  });
});
