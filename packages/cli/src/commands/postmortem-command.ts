import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InvalidInputError } from '@triagekit/core';
import {
  DEFAULT_TIMELINE_DIRECTORY,
  draftPostmortem,
  openIncidentTimeline,
  verifyPostmortemCitations,
} from '@triagekit/postmortem';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';

interface PostmortemFlags {
  readonly dir: string;
  readonly out: string;
  readonly template?: string;
  readonly title?: string;
  readonly json?: boolean;
}

async function readTemplate(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidInputError({
      source: `template ${path}`,
      issues: [
        {
          path: '',
          message: code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`,
        },
      ],
      cause: error,
    });
  }
}

async function assertTimelineExists(path: string, incident: string): Promise<void> {
  try {
    await stat(path);
  } catch (error) {
    throw new InvalidInputError({
      source: `timeline of incident ${incident}`,
      issues: [{ path, message: 'does not exist' }],
      hint: 'Record entries with `triagekit note` (or triage runs that record to the timeline), or pass --dir.',
      cause: error,
    });
  }
}

/**
 * Registers `triagekit postmortem <incident> --out FILE.md [--dir DIR] [--template FILE.md] [--title TEXT]
 * [--json]`: drafts a post-mortem from the incident's timeline, deterministically, every statement cited.
 */
export function registerPostmortemCommand(program: Command, io: CliIo): void {
  program
    .command('postmortem')
    .description(
      "Draft a post-mortem from an incident's recorded timeline; every statement cites its entries.",
    )
    .argument('<incident>', 'incident id, e.g. INC-1042')
    .requiredOption('--out <file>', 'where to write the Markdown draft')
    .option('--dir <dir>', 'timeline directory', DEFAULT_TIMELINE_DIRECTORY)
    .option('--template <file>', 'Markdown template with {{section:NAME}} placeholders')
    .option('--title <text>', 'title (default: "Post-mortem: <first alert>")')
    .option('--json', 'print the structured draft (sections, statements, citations) as JSON')
    .addHelpText(
      'after',
      `
Sections: summary, impact, detection, timeline, root-cause, resolution, went-well, went-badly, action-items.
Template placeholders: {{section:NAME}}, {{title}}, {{incident}}, {{generated-at}}.

Examples:
  $ triagekit postmortem INC-1042 --out postmortems/INC-1042.md
  $ triagekit postmortem INC-1042 --out pm.md --template team-template.md --json`,
    )
    .action(async (incident: string, flags: PostmortemFlags) => {
      const template =
        flags.template === undefined ? undefined : await readTemplate(resolve(io.cwd, flags.template));
      const store = openIncidentTimeline(resolve(io.cwd, flags.dir), incident);
      await assertTimelineExists(store.path, incident);
      const timeline = await store.read();
      const draft = await draftPostmortem({
        timeline,
        template,
        title: flags.title,
        abortSignal: io.abortSignal,
      });
      const check = verifyPostmortemCitations(draft, timeline);
      const out = resolve(io.cwd, flags.out);
      await mkdir(dirname(out), { recursive: true });
      const temporary = `${out}.tmp-${process.pid}`;
      await writeFile(temporary, draft.markdown);
      await rename(temporary, out);
      for (const warning of draft.warnings) io.stderr(`warning: ${warning}\n`);
      if (flags.json) {
        io.stdout(`${JSON.stringify({ out, draft, citations: check })}\n`);
        return;
      }
      const withoutData = draft.sections
        .filter((section) => section.status === 'no-data')
        .map((section) => section.name);
      io.stdout(
        `Wrote ${out}: ${draft.sections.length} sections from ${timeline.entries.length} timeline entries` +
          `${withoutData.length > 0 ? ` (no data for: ${withoutData.join(', ')})` : ''}; ` +
          `${check.citedStatements} cited statements, citations ${check.ok ? 'verified' : `NOT verified (${check.problems.length} problems)`}.\n`,
      );
    });
}
