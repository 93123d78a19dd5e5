import { resolve } from 'node:path';
import { InvalidInputError } from '@triagekit/core';
import { createEmbeddedVectorStore, readKnowledgeBase } from '@triagekit/retrieval';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';

interface IndexFlags {
  readonly store: string;
  readonly json?: boolean;
  readonly strict?: boolean;
}

/** Registers `triagekit index <PATH...> --store <DIR> [--json] [--strict]`. */
export function registerIndexCommand(program: Command, io: CliIo): void {
  program
    .command('index')
    .description(
      'Index runbooks and post-mortems (Markdown folders or JSONL files) into a local store for `search` and `run`.',
    )
    .argument(
      '<paths...>',
      'folders of Markdown files (front matter allowed), Markdown files, or .jsonl files',
    )
    .requiredOption('--store <dir>', 'store directory (created if missing); re-indexing an id replaces it')
    .option('--json', 'machine output: one JSON object with counts, skipped inputs and warnings')
    .option('--strict', 'write nothing and exit 2 when any file or line has to be skipped')
    .addHelpText(
      'after',
      `
Markdown front matter (all optional):
  ---
  title: Payments API high latency
  kind: runbook            # or post-mortem
  services: [payments-api]
  alerts: [PaymentsApiLatencyHigh]
  resolution: Rolled back 2.31.0
  ---
JSONL, one document per line:
  {"id": "disk-full", "title": "Disk full", "text": "# Disk full\\n...", "metadata": {"services": ["storage"]}}

Output with --json:
  {"documents": 10, "chunks": 31, "skipped": [{"source": "kb/bad.md", "reason": "..."}], "warnings": [], "store": {"documents": 10, "chunks": 31}}

Examples:
  $ triagekit index ./runbooks ./post-mortems --store .triagekit/kb
  $ triagekit index corpus.jsonl --store .triagekit/kb --json`,
    )
    .action(async (paths: string[], flags: IndexFlags) => {
      const read = await readKnowledgeBase(paths, { cwd: io.cwd, abortSignal: io.abortSignal });
      const skippedIssues = read.skipped.map((item) => ({ path: item.source, message: item.reason }));
      if (flags.strict && skippedIssues.length > 0) {
        throw new InvalidInputError({
          source: 'knowledge base (--strict: nothing was written)',
          issues: skippedIssues,
          hint: 'Fix these inputs, or run without --strict to index the rest.',
        });
      }
      if (read.documents.length === 0) {
        throw new InvalidInputError({
          source: `knowledge base ${paths.join(' ')}`,
          issues: skippedIssues.length > 0 ? skippedIssues : [{ path: '', message: 'holds no documents' }],
          hint: 'Give folders of Markdown files or .jsonl files with {"id", "title", "text"} per line.',
        });
      }
      const directory = resolve(io.cwd, flags.store);
      const store = createEmbeddedVectorStore({ directory });
      const written = await store.doUpsert({ documents: read.documents, abortSignal: io.abortSignal });
      const total = await store.count();
      if (flags.json) {
        io.stdout(
          `${JSON.stringify({
            documents: written.upserted,
            chunks: written.chunks,
            skipped: read.skipped,
            warnings: read.warnings,
            store: total,
          })}\n`,
        );
        return;
      }
      io.stdout(
        `Indexed ${written.upserted} documents (${written.chunks} chunks) into ${flags.store}; ` +
          `it now holds ${total.documents} documents (${total.chunks} chunks).\n`,
      );
      if (read.skipped.length > 0) {
        io.stdout(`Skipped ${read.skipped.length}:\n`);
        for (const item of read.skipped) io.stdout(`  ${item.source}: ${item.reason}\n`);
      }
      for (const warning of read.warnings) io.stdout(`Warning: ${warning}\n`);
    });
}
