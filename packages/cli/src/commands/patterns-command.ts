import { resolve } from 'node:path';
import { createRedactor, InvalidInputError } from '@triagekit/core';
import { LogPatternMiner, packPatterns } from '@triagekit/logs';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { readLines } from './read-lines.js';

interface PatternsFlags {
  readonly json?: boolean;
  readonly pack?: boolean;
  readonly budget?: string;
  readonly top?: string;
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

/** Registers `triagekit patterns [FILE|-] [--json] [--pack --budget N]`. */
export function registerPatternsCommand(program: Command, io: CliIo): void {
  program
    .command('patterns')
    .description(
      'Mine log patterns from a file or standard input: zero-config, headers and formats detected.',
    )
    .argument('[file]', 'log file (plain or gzip); "-" or nothing reads standard input', '-')
    .option('--json', 'machine output: one JSON object per input line, or one object with --pack')
    .option('--pack', 'pack the patterns into prompt text that fits --budget tokens')
    .option('--budget <tokens>', 'token budget for --pack (gpt-tokenizer, o200k_base)', '4000')
    .option('--top <n>', 'patterns listed in the table (without --json)', '25')
    .addHelpText(
      'after',
      `
Output with --json (one line per input line, in input order):
  {"line": 1, "pattern": "pat_3f2a9c1d4e5b", "template": "Connection to <*> timed out after <*>"}
Output with --pack --budget N --json (one object):
  {"tokens": 3987, "shownLines": [12, 57, 311], "text": "Log patterns from ..."}

Examples:
  $ triagekit patterns app.log
  $ kubectl logs deploy/payments | triagekit patterns - --json
  $ triagekit patterns app.log.gz --pack --budget 4000 --json`,
    )
    .action(async (file: string, flags: PatternsFlags) => {
      const budget = positiveInteger(flags.budget, '--budget', 4000);
      const top = positiveInteger(flags.top, '--top', 25);
      const path = file === '-' ? '-' : resolve(io.cwd, file);
      const miner = new LogPatternMiner();
      for await (const line of readLines(path, io.stdin)) miner.push(line);
      const mined = miner.finish();
      const redactor = createRedactor();
      const redactedTemplates = new Map<string, string>();
      const redactTemplate = (patternId: string, template: string) => {
        let text = redactedTemplates.get(patternId);
        if (text === undefined) {
          text = redactor.redact(template).text;
          redactedTemplates.set(patternId, text);
        }
        return text;
      };
      if (flags.pack) {
        const packed = packPatterns(mined.patterns, {
          budgetTokens: budget,
          redact: (text) => redactor.redact(text).text,
        });
        if (flags.json)
          io.stdout(
            `${JSON.stringify({ tokens: packed.tokens, shownLines: packed.shownLines, text: packed.text })}\n`,
          );
        else io.stdout(packed.text);
        return;
      }
      if (flags.json) {
        let chunk = '';
        for (let line = 1; line <= mined.lineCount; line += 1) {
          const pattern = mined.patternOfLine(line);
          if (!pattern) continue;
          chunk += `${JSON.stringify({ line, pattern: pattern.patternId, template: redactTemplate(pattern.patternId, pattern.template) })}\n`;
          if (chunk.length > 1 << 16) {
            io.stdout(chunk);
            chunk = '';
          }
        }
        io.stdout(chunk);
        return;
      }
      const rows = mined.patterns.slice(0, top);
      io.stdout(`${mined.lineCount} lines, ${mined.patterns.length} patterns\n\n`);
      io.stdout(`${'count'.padStart(8)}  ${'level'.padEnd(8)}  ${'first seen'.padEnd(20)}  template\n`);
      for (const pattern of rows) {
        const first =
          pattern.firstSeen === null ? '-' : new Date(pattern.firstSeen).toISOString().slice(0, 19);
        io.stdout(
          `${String(pattern.count).padStart(8)}  ${pattern.severity.padEnd(8)}  ${first.padEnd(20)}  ${redactTemplate(pattern.patternId, pattern.template).slice(0, 160)}\n`,
        );
      }
      if (mined.patterns.length > rows.length)
        io.stdout(`\n… ${mined.patterns.length - rows.length} more (use --top or --json)\n`);
    });
}
