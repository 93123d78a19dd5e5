import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSinkV1Conformance } from '../testing/describe-sink-v1-conformance.js';
import { createSampleTriageReport } from '../testing/fixtures/sample-report.js';
import { createFileReportSink } from './file-report-sink.js';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-file-sink-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('createFileReportSink', () => {
  it('writes JSON, Markdown and HTML, per report when asked', async () => {
    const report = createSampleTriageReport();
    const sink = createFileReportSink({ directory, subdirectory: (item) => item.alert.fingerprint });
    const result = await sink.doExport({ report });
    expect(result).toEqual({ ok: true, location: join(directory, report.alert.fingerprint) });
    const files = (await readdir(join(directory, report.alert.fingerprint))).sort();
    expect(files).toEqual(['report.html', 'report.json', 'report.md']);
    const json = JSON.parse(await readFile(join(directory, report.alert.fingerprint, 'report.json'), 'utf8'));
    expect(json.id).toBe(report.id);
  });

  it('returns a retryable failure instead of throwing when it cannot write', async () => {
    const blocker = join(directory, 'not-a-directory');
    await writeFile(blocker, 'x');
    const result = await createFileReportSink({ directory: blocker, formats: ['json'] }).doExport({
      report: createSampleTriageReport(),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.retryable).toBe(true);
    expect(!result.ok && result.message).toContain(blocker);
  });

  it('refuses work after shutdown', async () => {
    const sink = createFileReportSink({ directory });
    await sink.shutdown?.();
    expect(await sink.doExport({ report: createSampleTriageReport() })).toMatchObject({
      ok: false,
      retryable: false,
    });
  });
});

let run = 0;
describeSinkV1Conformance({
  name: 'createFileReportSink',
  create: () => {
    run += 1;
    return createFileReportSink({
      directory: join(tmpdir(), `triagekit-file-sink-conformance-${process.pid}-${run}`),
    });
  },
});
