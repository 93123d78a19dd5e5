import { describe, expect, it } from 'vitest';
import { UnsupportedSpecificationVersionError } from '../errors/unsupported-specification-version-error.js';
import type { SinkV1, SinkV1ExportResult } from '../spec/sink-v1.js';
import {
  checkSinkV1AbortedExportResolves,
  checkSinkV1ExportResolves,
  checkSinkV1Identity,
  checkSinkV1Shutdown,
} from './checks/sink-v1-checks.js';
import { describeSinkV1Conformance } from './describe-sink-v1-conformance.js';
import { createSampleTriageReport } from './fixtures/sample-report.js';
import { InMemorySinkV1 } from './in-memory-sink-v1.js';

function sinkExporting(doExport: SinkV1['doExport'], shutdown?: SinkV1['shutdown']): SinkV1 {
  return { specificationVersion: 'v1', sinkId: 'broken', doExport, ...(shutdown ? { shutdown } : {}) };
}

describeSinkV1Conformance({ name: 'InMemorySinkV1', create: () => new InMemorySinkV1() });

describeSinkV1Conformance({
  name: 'InMemorySinkV1 failing its first export',
  create: () => new InMemorySinkV1({ sinkId: 'flaky', failTimes: 1 }),
  report: createSampleTriageReport(),
});

describeSinkV1Conformance({
  name: 'a sink without shutdown',
  create: () => sinkExporting(async () => ({ ok: true })),
});

describe('sink conformance checks catch broken sinks', () => {
  const report = createSampleTriageReport();

  it('rejects a sink declaring another specification version', () => {
    const sink = { ...new InMemorySinkV1(), specificationVersion: 'v2' } as unknown as SinkV1;
    expect(() => checkSinkV1Identity(sink)).toThrow(UnsupportedSpecificationVersionError);
  });

  it('rejects a sink that throws', async () => {
    const sink = sinkExporting(async () => {
      throw new Error('HTTP 500');
    });
    await expect(checkSinkV1ExportResolves(sink, report)).rejects.toThrow(
      'rejected (HTTP 500); sinks never throw',
    );
  });

  it('rejects a sink that throws synchronously', async () => {
    const sink = sinkExporting(() => {
      throw new Error('sync');
    });
    await expect(checkSinkV1ExportResolves(sink, report)).rejects.toThrow('sinks never throw');
  });

  it('rejects a failure result without a message or retryable flag', async () => {
    const sink = sinkExporting(async () => ({ ok: false }) as unknown as SinkV1ExportResult);
    await expect(checkSinkV1ExportResolves(sink, report)).rejects.toThrow('must say whether it is retryable');
    const silent = sinkExporting(async () => ({ ok: false, retryable: true, message: '' }));
    await expect(checkSinkV1ExportResolves(silent, report)).rejects.toThrow('non-empty message');
  });

  it('rejects a sink that rejects when aborted', async () => {
    const sink = sinkExporting(async ({ abortSignal }) => {
      abortSignal?.throwIfAborted();
      return { ok: true };
    });
    await expect(checkSinkV1AbortedExportResolves(sink, report)).rejects.toThrow(
      'already-aborted signal rejected',
    );
  });

  it('rejects a sink that hangs when aborted', async () => {
    const sink = sinkExporting(() => new Promise<never>(() => {}));
    await expect(checkSinkV1AbortedExportResolves(sink, report, 50)).rejects.toThrow(
      'did not settle within 50 ms',
    );
  });

  it('rejects a shutdown that rejects', async () => {
    const sink = sinkExporting(
      async () => ({ ok: true }),
      async () => {
        throw new Error('flush failed');
      },
    );
    await expect(checkSinkV1Shutdown(sink, report)).rejects.toThrow('shutdown rejected: flush failed');
  });

  it('rejects a sink that throws once shut down', async () => {
    let shutDown = false;
    const sink = sinkExporting(
      async () => {
        if (shutDown) throw new Error('closed');
        return { ok: true };
      },
      async () => {
        shutDown = true;
      },
    );
    await expect(checkSinkV1Shutdown(sink, report)).rejects.toThrow('after shutdown rejected');
  });
});
