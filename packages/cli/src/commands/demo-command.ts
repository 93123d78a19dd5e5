import { resolve } from 'node:path';
import { createBundleCollectors } from '@triagekit/core';
import { createPaymentsIncidentBundle } from '@triagekit/example-payments-incident';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { resolveLlmSummary } from '../config/llm/resolve-llm-summary.js';
import { createDemoKnowledgeBase } from './demo/demo-knowledge-base.js';
import { writeDemoPostmortem } from './demo/demo-postmortem.js';
import { executeTriage, type OutputFlags } from './execute-triage.js';

/** Registers `triagekit demo [--out DIR]`: a triage of the bundled example incident. */
export function registerDemoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description(
      'Triage the bundled example incident (a payments outage after a config change) from a built-in incident bundle, match it against a small knowledge base of runbooks and past post-mortems, record the incident timeline and draft its post-mortem: offline, unless OPENAI_API_KEY or ANTHROPIC_API_KEY is set for an LLM summary.',
    )
    .option(
      '--out <dir>',
      'directory for report.json, report.md, report.html, postmortem.md and the incident timeline',
      'triage-demo',
    )
    .option('--json', 'print a JSON summary on stdout instead of text')
    .option('--quiet', 'no progress output on stderr')
    .option('--no-llm', 'no LLM summary, even with OPENAI_API_KEY or ANTHROPIC_API_KEY set')
    .addHelpText(
      'after',
      '\nExamples:\n  $ triagekit demo --out triage-demo && less triage-demo/report.md\n  $ OPENAI_API_KEY=sk-... triagekit demo --out triage-demo   # plus a cited LLM summary',
    )
    .action(async (flags: OutputFlags) => {
      const bundle = createPaymentsIncidentBundle();
      const { summary, notice } = await resolveLlmSummary({
        llm: undefined,
        source: flags.llm === false ? 'off' : 'config-or-environment',
        environment: io.environment ?? process.env,
        baseDirectory: io.cwd,
      });
      const knowledgeBase = await createDemoKnowledgeBase();
      await executeTriage({
        alert: bundle.manifest.alert,
        pipelineOptions: {
          collectors: createBundleCollectors(bundle),
          knowledgeBase: knowledgeBase.knowledgeBase,
          ...(summary === undefined ? {} : { summary }),
        },
        flags,
        io,
        notices: notice === undefined ? [] : [notice],
        afterReport: async (report) => {
          const postmortem = await writeDemoPostmortem(resolve(io.cwd, flags.out), report);
          return {
            files: postmortem.files,
            lines: [...postmortem.lines, await knowledgeBase.checkAlertWithoutRunbook()],
          };
        },
      });
    });
}
