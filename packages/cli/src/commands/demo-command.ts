import { createBundleCollectors } from '@triagekit/core';
import { createPaymentsIncidentBundle } from '@triagekit/example-payments-incident';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { executeTriage, type OutputFlags } from './execute-triage.js';

/** Registers `triagekit demo [--out DIR]`: an offline triage of the bundled example incident. */
export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description(
      'Triage the bundled example incident (a payments outage after a config change) offline, with no network and no API key.',
    )
    .option('--out <dir>', 'directory for report.json, report.md and report.html', 'triage-demo')
    .option('--json', 'print a JSON summary on stdout instead of text')
    .option('--quiet', 'no progress output on stderr')
    .addHelpText('after', '\nExample:\n  $ triagekit demo --out triage-demo && less triage-demo/report.md')
    .action(async (flags: OutputFlags) => {
      const bundle = createPaymentsIncidentBundle();
      await executeTriage({
        alert: bundle.manifest.alert,
        pipelineOptions: { collectors: createBundleCollectors(bundle) },
        flags,
        io,
      });
    });
}
