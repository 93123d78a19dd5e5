import { resolve } from 'node:path';
import { normalizeAlert } from '@triagekit/core';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { loadCliConfig } from '../config/load-cli-config.js';
import { readJsonFile } from '../config/read-json-file.js';
import { recordInTimeline } from '../output/record-in-timeline.js';
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
    .option(
      '--timeline <dir>',
      'also append the alert and the report to the incident timeline in this directory (e.g. .triagekit/incidents), for `triagekit note` and `triagekit postmortem`',
    )
    .option('--json', 'print a JSON summary on stdout instead of text')
    .option('--quiet', 'no progress output on stderr')
    .option(
      '--no-llm',
      'no LLM summary, even with an "llm" section in the config or OPENAI_API_KEY / ANTHROPIC_API_KEY set',
    )
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
  {"collectors": [{"type": "bundle", "path": "./incident-bundle"}], "window": {"beforeMinutes": 240}}

LLM summary: with OPENAI_API_KEY (or ANTHROPIC_API_KEY) set, or an "llm" section in the config, a model
writes a cited summary on top of the deterministic report, within the config's budget:
  {"llm": {"provider": "openai", "maskIdentifiers": true}, "budget": {"promptTokens": 20000, "costUsd": 0.05}}`,
    )
    .action(async (flags: OutputFlags & { alert: string; config?: string; timeline?: string }) => {
      const alertPath = resolve(io.cwd, flags.alert);
      const alert = normalizeAlert(await readJsonFile(alertPath, 'alert file'), `alert file ${alertPath}`);
      const { pipelineOptions, notices } = await loadCliConfig(
        flags.config === undefined ? undefined : resolve(io.cwd, flags.config),
        io.environment ?? process.env,
        { llm: flags.llm === false ? 'off' : 'config-or-environment' },
      );
      const timeline = flags.timeline;
      await executeTriage({
        alert,
        pipelineOptions,
        flags,
        io,
        notices,
        ...(timeline === undefined
          ? {}
          : {
              afterReport: async (report) => {
                const recorded = await recordInTimeline(
                  resolve(io.cwd, timeline),
                  report,
                  resolve(io.cwd, flags.out, 'report.json'),
                );
                return {
                  files: [recorded.path],
                  lines: [
                    `Incident timeline: ${recorded.path} (triagekit note ${recorded.incidentId} "..." --dir ${timeline})`,
                  ],
                };
              },
            }),
      });
    });
}
