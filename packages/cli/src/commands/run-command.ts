import { resolve } from 'node:path';
import { normalizeAlert } from '@triagekit/core';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { loadCliConfig } from '../config/load-cli-config.js';
import { readJsonFile } from '../config/read-json-file.js';
import { executeTriage, type OutputFlags } from './execute-triage.js';

/** Registers `triagekit run --alert FILE [--config FILE] --out DIR`. */
export function registerRunCommand(program: Command, io: CliIo): void {
  program
    .command('run')
    .description(
      'Triage an alert with the collectors from a config file; writes report.json, report.md and report.html.',
    )
    .requiredOption(
      '--alert <file>',
      'alert as JSON: {"title", "startsAt", "severity"?, "labels"?, "annotations"?, ...}',
    )
    .option('--config <file>', 'config file (JSON): window, collectors, limits, redaction rules, budget')
    .requiredOption(
      '--out <dir>',
      'directory for report.json, report.md and report.html (created if missing)',
    )
    .option(
      '--record <dir>',
      'also write an incident bundle (bundle.json + evidence.jsonl.gz) of everything collected, redacted, to replay later with {"type": "bundle"}',
    )
    .option('--json', 'print a JSON summary on stdout instead of text')
    .option('--quiet', 'no progress output on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ triagekit run --alert alert.json --out triage-out
  $ triagekit run --alert alert.json --config triagekit.json --out triage-out --json

A minimal alert file:
  {"title": "PaymentsHighLatency", "startsAt": "2026-03-04T14:30:00Z", "labels": {"service": "payments"}}

Record what was collected, then replay it later (offline, same findings):
  $ triagekit run --alert alert.json --config triagekit.json --out triage-out --record incident-bundle

A config that replays a recorded incident bundle:
  {"collectors": [{"type": "bundle", "path": "./incident-bundle"}], "window": {"beforeMinutes": 240}}`,
    )
    .action(async (flags: OutputFlags & { alert: string; config?: string }) => {
      const alertPath = resolve(io.cwd, flags.alert);
      const alert = normalizeAlert(await readJsonFile(alertPath, 'alert file'), `alert file ${alertPath}`);
      const { pipelineOptions } = await loadCliConfig(
        flags.config === undefined ? undefined : resolve(io.cwd, flags.config),
        io.environment ?? process.env,
      );
      await executeTriage({ alert, pipelineOptions, flags, io });
    });
}
