import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderReportHtml, renderReportMarkdown, type TriageReport } from '@triagekit/core';

/** Writes `report.json`, `report.md` and the self-contained `report.html` into `directory` (created if needed), each atomically. */
export async function writeReportFiles(directory: string, report: TriageReport): Promise<string[]> {
  await mkdir(directory, { recursive: true });
  const files: [string, string][] = [
    ['report.json', `${JSON.stringify(report, null, 2)}\n`],
    ['report.md', renderReportMarkdown(report)],
    ['report.html', renderReportHtml(report)],
  ];
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(directory, name);
    const temporary = `${path}.tmp-${process.pid}`;
    await writeFile(temporary, content);
    await rename(temporary, path);
    written.push(path);
  }
  return written;
}
