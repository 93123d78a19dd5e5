import { join } from 'node:path';
import type { TriagePipelineOptions } from '@triagekit/core';
import { createCliPipeline } from '../commands/create-cli-pipeline.js';
import { recordInTimeline } from '../output/record-in-timeline.js';
import { writeReportFiles } from '../output/write-report-files.js';
import type { InboxEntry } from './durable-inbox.js';

/** The directory name of an alert's report: start time and fingerprint, file-safe and sortable. */
export function reportDirectoryName(entry: InboxEntry): string {
  const start = entry.alert.startsAt.replace(/[-:]/g, '').replace(/\.\d+/, '');
  const fingerprint = entry.alert.fingerprint.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 16);
  return `${start}_${fingerprint || entry.id}`;
}

/** Triages one accepted alert and writes its report files; resolves with the report directory. */
export async function runTriageJob(options: {
  readonly entry: InboxEntry;
  readonly outDirectory: string;
  readonly pipelineOptions: TriagePipelineOptions;
  readonly abortSignal: AbortSignal;
}): Promise<{ directory: string; reportId: string; degraded: number }> {
  const pipeline = createCliPipeline(options.pipelineOptions);
  const { report } = await pipeline.run(options.entry.alert, { abortSignal: options.abortSignal });
  const directory = join(options.outDirectory, 'reports', reportDirectoryName(options.entry));
  await writeReportFiles(directory, report);
  // The incident's timeline, so `triagekit note` and `triagekit postmortem --dir <out>/incidents` build on it.
  await recordInTimeline(join(options.outDirectory, 'incidents'), report, join(directory, 'report.json'));
  return { directory, reportId: report.id, degraded: report.degradedSources.length };
}
