import { resolve } from 'node:path';
import { InvalidInputError, type MetadataFilterV1 } from '@triagekit/core';
import { createEmbeddedVectorStore, type EmbeddedVectorStoreQueryResult } from '@triagekit/retrieval';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { readLines } from './read-lines.js';

interface SearchFlags {
  readonly store: string;
  readonly top?: string;
  readonly json?: boolean;
  readonly queries?: string;
  readonly filter?: string[];
}

function positiveInteger(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    throw new InvalidInputError({
      source: 'command line',
      issues: [{ path: option, message: `must be a positive integer, got "${value}"` }],
    });
  }
  return number;
}

function parseFilter(entries: readonly string[] | undefined): MetadataFilterV1 | undefined {
  if (entries === undefined || entries.length === 0) return undefined;
  const filter: Record<string, string> = {};
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    if (equals <= 0) {
      throw new InvalidInputError({
        source: 'command line',
        issues: [{ path: '--filter', message: `expected key=value, got "${entry}"` }],
      });
    }
    filter[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
  return filter;
}

async function readQueries(path: string, io: CliIo): Promise<string[]> {
  const queries: string[] = [];
  let lineNumber = 0;
  const issues: { path: string; message: string }[] = [];
  for await (const line of readLines(path === '-' ? '-' : resolve(io.cwd, path), io.stdin)) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      issues.push({ path: `line ${lineNumber}`, message: `not valid JSON (${(error as Error).message})` });
      continue;
    }
    const query = (value as { query?: unknown } | null)?.query;
    if (typeof query !== 'string') {
      issues.push({ path: `line ${lineNumber}`, message: 'expected {"query": "<text>"}' });
      continue;
    }
    queries.push(query);
  }
  if (issues.length > 0) {
    throw new InvalidInputError({
      source: `queries file ${path}`,
      issues,
      hint: 'One {"query": "..."} object per line.',
    });
  }
  return queries;
}

function toJsonLine(result: EmbeddedVectorStoreQueryResult): string {
  return `${JSON.stringify({
    matches: result.matches.map((match) => ({
      id: match.document.id,
      title: match.document.title,
      score: match.score,
      relevance: match.relevance,
      kind: typeof match.document.metadata.kind === 'string' ? match.document.metadata.kind : null,
      section: match.chunk.heading,
    })),
    confident: result.confident,
  })}\n`;
}

function toTable(query: string, result: EmbeddedVectorStoreQueryResult, minimumRelevance: number): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  const lines = [`Query: ${oneLine.length > 100 ? `${oneLine.slice(0, 99)}…` : oneLine}`];
  if (result.matches.length === 0) lines.push('  no document shares a word with this query.');
  else {
    lines.push(
      `  ${'#'.padStart(2)}  ${'relevance'.padEnd(9)}  ${'score'.padEnd(6)}  ${'id'.padEnd(40)}  title`,
    );
    result.matches.forEach((match, index) => {
      lines.push(
        `  ${String(index + 1).padStart(2)}  ${match.relevance.toFixed(2).padEnd(9)}  ${match.score.toFixed(3).padEnd(6)}  ` +
          `${match.document.id.padEnd(40)}  ${match.document.title}`,
      );
    });
  }
  if (!result.confident) {
    lines.push(
      `  No confident match: ${
        result.matches.length === 0
          ? 'nothing matched'
          : `the best relevance is ${result.matches[0]?.relevance.toFixed(2)}`
      }, below ${minimumRelevance.toFixed(2)}. Treat these as unrelated.`,
    );
  }
  for (const warning of result.warnings ?? []) lines.push(`  Warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}

/** Registers `triagekit search "<text>" | --queries FILE --store DIR [--top K] [--json] [--filter k=v]`. */
export function registerSearchCommand(program: Command, io: CliIo): void {
  program
    .command('search')
    .description('Find the runbooks and post-mortems that fit an alert, or say that none does.')
    .argument('[text]', 'the alert text to search for')
    .requiredOption('--store <dir>', 'store directory written by `triagekit index`')
    .option(
      '--queries <file>',
      'JSONL file of {"query": "..."} lines ("-" reads standard input); one output line per query',
    )
    .option('--top <k>', 'matches per query', '5')
    .option('--json', 'machine output: one JSON object per query')
    .option(
      '--filter <key=value...>',
      'only documents whose metadata matches, e.g. kind=runbook services=payments-api',
    )
    .addHelpText(
      'after',
      `
Output with --json (one line per query, in order):
  {"matches": [{"id": "runbooks/disk-full", "title": "Disk full", "score": 1.19, "relevance": 0.93}], "confident": true}
relevance is in [0, 1] and comparable across queries; confident is false when nothing fits.

Examples:
  $ triagekit search "payments-api p99 latency above 800ms" --store .triagekit/kb
  $ triagekit search --queries alerts.jsonl --store .triagekit/kb --top 3 --json`,
    )
    .action(async (text: string | undefined, flags: SearchFlags) => {
      if ((text === undefined) === (flags.queries === undefined)) {
        throw new InvalidInputError({
          source: 'command line',
          issues: [
            {
              path: 'text',
              message: 'give either the text to search for or --queries <file>, not both or neither',
            },
          ],
        });
      }
      const topK = positiveInteger(flags.top, '--top', 5);
      const filter = parseFilter(flags.filter);
      const store = createEmbeddedVectorStore({
        directory: resolve(io.cwd, flags.store),
        createIfMissing: false,
      });
      const queries = text !== undefined ? [text] : await readQueries(flags.queries as string, io);
      for (const query of queries) {
        const result = await store.doQuery({ text: query, topK, filter, abortSignal: io.abortSignal });
        io.stdout(flags.json ? toJsonLine(result) : toTable(query, result, store.minimumRelevance));
      }
    });
}
