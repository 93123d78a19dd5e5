import { resolve } from 'node:path';
import { type AlertInput, createTriagePipeline, type TriagePipelineOptions } from '@triagekit/core';
import { createLogPatternAnalyzer, LOGS_VERSION } from '@triagekit/logs';
import type { CliIo } from '../cli-io.js';
import { createProgressPrinter } from '../output/progress-printer.js';
import { formatSummary, summarizeReport } from '../output/summarize-report.js';
import { writeReportFiles } from '../output/write-report-files.js';
import { CLI_VERSION } from '../version.js';

/** Output flags shared by `run` and `demo`. */
export interface OutputFlags {
  readonly out: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
}

/** Runs the pipeline, writes the report files and prints the summary (JSON on stdout with `--json`). */
export async function executeTriage(options: {
  alert: AlertInput;
  pipelineOptions: TriagePipelineOptions;
  flags: OutputFlags;
  io: CliIo;
}): Promise<void> {
  const { io, flags } = options;
  const pipeline = createTriagePipeline({
    // Mined log templates replace core's simple masking-based grouping.
    analyzers: (defaults) =>
      defaults.map((analyzer) =>
        analyzer.analyzerId === 'error-grouping' ? createLogPatternAnalyzer() : analyzer,
      ),
    ...options.pipelineOptions,
    packages: {
      '@triagekit/cli': CLI_VERSION,
      '@triagekit/logs': LOGS_VERSION,
      ...options.pipelineOptions.packages,
    },
    onEvent: flags.quiet ? undefined : createProgressPrinter(io.stderr),
  });
  const { report } = await pipeline.run(options.alert, { abortSignal: io.abortSignal });
  const files = await writeReportFiles(resolve(io.cwd, flags.out), report);
  if (flags.json) io.stdout(`${JSON.stringify(summarizeReport(report, files))}\n`);
  else io.stdout(formatSummary(report, files));
}
