import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TriageReport } from '../schema/triage-report.js';
import type { SinkV1 } from '../spec/sink-v1.js';
import { renderReportHtml } from './html/render-report-html.js';
import { renderReportMarkdown } from './render-report-markdown.js';

/** A report file format the file sink can write. */
export type ReportFileFormat = 'json' | 'markdown' | 'html';

/** Options of {@link createFileReportSink}. */
export interface FileReportSinkOptions {
  /** Where the files go; created if missing. */
  readonly directory: string;
  /** Formats to write. Default all three: `report.json`, `report.md`, `report.html`. */
  readonly formats?: readonly ReportFileFormat[];
  /**
   * A subdirectory per report, from the report (e.g. `(report) => report.alert.fingerprint`). Default: none,
   * each report replaces the previous one's files.
   */
  readonly subdirectory?: (report: TriageReport) => string;
  /** Default `files`. */
  readonly sinkId?: string;
}

const FILES: Record<ReportFileFormat, { name: string; render: (report: TriageReport) => string }> = {
  json: { name: 'report.json', render: (report) => `${JSON.stringify(report, null, 2)}\n` },
  markdown: { name: 'report.md', render: renderReportMarkdown },
  html: { name: 'report.html', render: renderReportHtml },
};

/**
 * A sink that writes the report as JSON, Markdown and self-contained HTML files, each to a temporary name
 * first and then renamed into place, so readers never see half a file. Never throws: a failed write returns
 * `{ ok: false, retryable: true }` with the path and the reason (a full disk may clear up); the pipeline
 * retries. `location` is the directory written.
 */
export function createFileReportSink(options: FileReportSinkOptions): SinkV1 {
  const formats = options.formats ?? ['json', 'markdown', 'html'];
  let closed = false;
  return {
    specificationVersion: 'v1',
    sinkId: options.sinkId ?? 'files',
    async doExport({ report, abortSignal }) {
      if (closed) return { ok: false, retryable: false, message: 'the file sink was shut down' };
      const directory =
        options.subdirectory === undefined
          ? options.directory
          : join(options.directory, options.subdirectory(report));
      try {
        await mkdir(directory, { recursive: true });
        for (const format of formats) {
          if (abortSignal?.aborted)
            return { ok: false, retryable: false, message: 'aborted before all files were written' };
          const file = FILES[format];
          const path = join(directory, file.name);
          const temporary = `${path}.tmp-${process.pid}`;
          await writeFile(temporary, file.render(report));
          await rename(temporary, path);
        }
        return { ok: true, location: directory };
      } catch (error) {
        return {
          ok: false,
          retryable: true,
          message: `could not write the report into ${directory}: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    },
    async shutdown() {
      closed = true;
    },
  };
}
