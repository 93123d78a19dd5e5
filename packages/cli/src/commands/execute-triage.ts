import { resolve } from 'node:path';
import type { AlertInput, TriagePipelineOptions, TriageReport } from '@triagekit/core';
import type { CliIo } from '../cli-io.js';
import { createIncidentBundleRecorder } from '../output/incident-bundle-recorder.js';
import { createProgressPrinter } from '../output/progress-printer.js';
import { formatSummary, summarizeReport } from '../output/summarize-report.js';
import { writeReportFiles } from '../output/write-report-files.js';
import { createCliPipeline } from './create-cli-pipeline.js';

/** Output flags shared by `run` and `demo`. */
export interface OutputFlags {
  readonly out: string;
  /** Also write an incident bundle of everything collected into this directory. */
  readonly record?: string;
  readonly json?: boolean;
  readonly quiet?: boolean;
  /** `false` with `--no-llm`: no summary, even with an `llm` section or an API key in the environment. */
  readonly llm?: boolean;
}

/**
 * Runs the pipeline, writes the report files and prints the summary (JSON on stdout with `--json`). The
 * `notices` (which LLM is used, or that there is none) go to stderr first, unless `--quiet`.
 */
export async function executeTriage(options: {
  alert: AlertInput;
  pipelineOptions: TriagePipelineOptions;
  flags: OutputFlags;
  io: CliIo;
  notices?: readonly string[];
  /** Runs after the report files are written (timeline, post-mortem draft); returns more files and lines to print. */
  afterReport?: (report: TriageReport) => Promise<{ files: string[]; lines: string[] }>;
}): Promise<TriageReport> {
  const { io, flags } = options;
  if (!flags.quiet) for (const notice of options.notices ?? []) io.stderr(`${notice}\n`);
  const recorder = flags.record === undefined ? undefined : createIncidentBundleRecorder();
  const printer = flags.quiet ? undefined : createProgressPrinter(io.stderr);
  const pipeline = createCliPipeline(options.pipelineOptions, [recorder?.onEvent, printer]);
  const { report, evidence } = await pipeline.run(options.alert, { abortSignal: io.abortSignal });
  const files = await writeReportFiles(resolve(io.cwd, flags.out), report);
  if (recorder !== undefined && flags.record !== undefined) {
    const directory = resolve(io.cwd, flags.record);
    await recorder.write(directory, { alert: report.alert, window: report.window, evidence });
    files.push(directory);
  }
  const after =
    options.afterReport === undefined ? { files: [], lines: [] } : await options.afterReport(report);
  files.push(...after.files);
  if (flags.json) io.stdout(`${JSON.stringify(summarizeReport(report, files))}\n`);
  else io.stdout(`${formatSummary(report, files)}${after.lines.map((line) => `${line}\n`).join('')}`);
  return report;
}
