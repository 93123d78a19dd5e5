import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CollectorError, type CollectorV1, InvalidInputError } from '@triagekit/core';
import {
  createSampleAlert,
  createSampleTimeWindow,
  describeCollectorV1Conformance,
} from '@triagekit/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_TEXT_LENGTH } from '../records/cap-evidence-text.js';
import { createFileLogCollector } from './file-log-collector.js';

let root = '';

const paymentsLog = [
  'payments starting (a banner without a timestamp)',
  '2026-03-04T05:30:00.000Z INFO warming caches before the window',
  '{"time":"2026-03-04T09:58:01.000Z","level":"error","service":"payments-api","msg":"charge failed: upstream timeout","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}',
  '2026-03-04T09:59:12.345Z ERROR [http-nio-8080-exec-3] c.e.payments.PaymentController - Payment failed',
  'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.',
  '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)',
  '\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:197)',
  '\tat com.example.payments.PaymentRepository.save(PaymentRepository.java:42)',
  'Caused by: java.net.SocketTimeoutException: Read timed out',
  '\t... 12 more',
  '2026-03-04T10:01:00.000Z WARN retry budget low',
  '2026-03-04T11:00:00.000Z INFO after the window',
  '',
].join('\n');

const beforeWindow = new Date('2026-03-04T05:00:00.000Z');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'collectors-logs-files-'));
  await mkdir(join(root, 'rotated'));
  await mkdir(join(root, 'big'));
  await mkdir(join(root, 'corrupt'));
  // The gzip header and the start of the data, cut short: as a crash during rotation leaves it.
  await writeFile(join(root, 'corrupt', 'broken.log.gz'), gzipSync('x\n'.repeat(10)).subarray(0, 12));
  await writeFile(join(root, 'payments.log'), paymentsLog);
  await writeFile(
    join(root, 'binary.log'),
    Buffer.concat([Buffer.from('ELF'), Buffer.alloc(64), Buffer.from('x\n')]),
  );
  await writeFile(
    join(root, 'mislabelled.log.gz'),
    '2026-03-04T09:10:00.000Z INFO plain text behind a .gz name\n',
  );
  const rotated = join(root, 'rotated');
  await writeFile(
    join(rotated, 'app.log.3.gz'),
    gzipSync('2026-03-04T09:45:00.000Z ERROR must not be read\n'),
  );
  await utimes(join(rotated, 'app.log.3.gz'), beforeWindow, beforeWindow);
  await writeFile(
    join(rotated, 'app.log.2.gz'),
    gzipSync('2026-03-04T07:00:00.000Z INFO from rotation two\n'),
  );
  await writeFile(join(rotated, 'app.log.1'), gzipSync('2026-03-04T08:00:00.000Z INFO from rotation one\n'));
  await writeFile(join(rotated, 'app.log'), '2026-03-04T09:00:00.000Z ERROR from the live file\n');
  const huge = `2026-03-04T09:30:00.000Z INFO ${'x'.repeat(1_000_000)}\n2026-03-04T09:30:01.000Z INFO after the huge line\n`;
  await writeFile(join(root, 'big', 'huge-line.log'), huge);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function collect(collector: CollectorV1, maxItems = 1000) {
  return collector.doCollect({
    alert: createSampleAlert(),
    window: createSampleTimeWindow(),
    abortSignal: new AbortController().signal,
    maxItems,
  });
}

describe('createFileLogCollector', () => {
  it('keeps the records inside the window, joins a stack trace, and maps them to log evidence', async () => {
    const { evidence, warnings } = await collect(
      createFileLogCollector({ paths: [join(root, 'payments.log')] }),
    );
    expect(warnings).toEqual([]);
    expect(evidence.map((item) => item.time)).toEqual([
      '2026-03-04T09:58:01.000Z',
      '2026-03-04T09:59:12.345Z',
      '2026-03-04T10:01:00.000Z',
    ]);
    const [json, java, warning] = evidence;
    expect(json).toMatchObject({
      kind: 'log',
      service: 'payments-api',
      severity: 'error',
      attributes: {
        file: join(root, 'payments.log'),
        line: 3,
        format: 'json',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      },
    });
    expect(java?.severity).toBe('error');
    expect(java?.text.split('\n')).toHaveLength(7);
    expect(java?.text).toContain('Caused by: java.net.SocketTimeoutException');
    expect(java?.attributes).toMatchObject({ line: 4, lineCount: 7 });
    expect(warning).toMatchObject({ severity: 'warning', service: 'payments', attributes: { line: 11 } });
  });

  it('reads a rotated set oldest first, tells gzip by content, and skips files last written before the window', async () => {
    const collector = createFileLogCollector({ paths: [join(root, 'rotated', 'app.log*')] });
    const { evidence, warnings } = await collect(collector);
    expect(warnings).toEqual([]);
    expect(evidence.map((item) => item.text)).toEqual([
      '2026-03-04T07:00:00.000Z INFO from rotation two',
      '2026-03-04T08:00:00.000Z INFO from rotation one',
      '2026-03-04T09:00:00.000Z ERROR from the live file',
    ]);
    expect(evidence.map((item) => item.service)).toEqual(['app', 'app', 'app']);
    const mislabelled = await collect(createFileLogCollector({ paths: [join(root, 'mislabelled.log.gz')] }));
    expect(mislabelled.evidence.map((item) => item.text)).toEqual([
      '2026-03-04T09:10:00.000Z INFO plain text behind a .gz name',
    ]);
  });

  it('resolves relative paths from cwd and reads a file named twice only once', async () => {
    const collector = createFileLogCollector({
      paths: ['rotated/app.log', join(root, 'rotated', '*.log'), 'rotated/app.log'],
      cwd: root,
    });
    const { evidence } = await collect(collector);
    expect(evidence.map((item) => item.attributes?.file)).toEqual([join(root, 'rotated', 'app.log')]);
  });

  it('skips missing and binary files with warnings and reads the rest', async () => {
    const collector = createFileLogCollector({
      paths: [
        join(root, 'missing.log'),
        join(root, 'binary.log'),
        join(root, 'payments.log'),
        join(root, 'nothing-*.log'),
      ],
    });
    const { evidence, warnings } = await collect(collector);
    expect(evidence).toHaveLength(3);
    expect(warnings).toEqual([
      `${join(root, 'missing.log')} does not exist`,
      `pattern ${join(root, 'nothing-*.log')} matched no files`,
      `${join(root, 'binary.log')}: looks binary (NUL bytes in its first 8 KiB); skipped it`,
    ]);
  });

  it('skips a gzip file that cannot be decompressed', async () => {
    const collector = createFileLogCollector({
      paths: [join(root, 'corrupt', '*'), join(root, 'payments.log')],
    });
    const { evidence, warnings } = await collect(collector);
    expect(evidence).toHaveLength(3);
    expect(warnings).toEqual([
      expect.stringMatching(/broken\.log\.gz: could not be decompressed \(.+\); skipped it$/),
    ]);
  });

  it('rejects with a CollectorError naming the problems when no file can be read', async () => {
    const collector = createFileLogCollector({
      paths: [join(root, 'missing.log'), join(root, 'binary.log')],
    });
    const error = await collect(collector).catch((caught: unknown) => caught);
    expect(CollectorError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('missing.log does not exist');
    expect((error as Error).message).toContain('looks binary');
    const directory = await collect(createFileLogCollector({ paths: [root] })).catch(
      (caught: unknown) => caught,
    );
    expect((directory as Error).message).toMatch(/is a directory; list its files or use a pattern/);
  });

  it('reads a 1 MB line and the line after it, keeping the evidence text bounded', async () => {
    const { evidence, warnings } = await collect(
      createFileLogCollector({ paths: [join(root, 'big', '*.log')] }),
    );
    expect(warnings).toEqual([]);
    expect(evidence).toHaveLength(2);
    expect(evidence[0]?.text.startsWith('2026-03-04T09:30:00.000Z INFO xxxx')).toBe(true);
    expect(evidence[0]?.text.length).toBeLessThan(MAX_EVIDENCE_TEXT_LENGTH + 100);
    expect(evidence[1]?.text).toBe('2026-03-04T09:30:01.000Z INFO after the huge line');
  });

  it('keeps the most severe, then newest, records over maxItems, and says so', async () => {
    const { evidence, warnings } = await collect(
      createFileLogCollector({ paths: [join(root, 'payments.log')] }),
      2,
    );
    expect(evidence.map((item) => item.time)).toEqual([
      '2026-03-04T09:58:01.000Z',
      '2026-03-04T09:59:12.345Z',
    ]);
    expect(warnings).toEqual([expect.stringMatching(/^3 log records in the window; kept the 2 most severe/)]);
  });

  it('stops reading a file at maxLines or maxBytes with a warning', async () => {
    const byLines = await collect(
      createFileLogCollector({ paths: [join(root, 'payments.log')], maxLines: 4 }),
    );
    expect(byLines.evidence.map((item) => item.time)).toEqual([
      '2026-03-04T09:58:01.000Z',
      '2026-03-04T09:59:12.345Z',
    ]);
    expect(byLines.warnings).toEqual([
      `${join(root, 'payments.log')}: read only its first 4 lines (maxLines); later lines not read`,
    ]);
    const byBytes = await collect(
      createFileLogCollector({ paths: [join(root, 'big', 'huge-line.log')], maxBytes: 4096 }),
    );
    expect(byBytes.evidence).toEqual([]);
    expect(byBytes.warnings).toEqual([expect.stringMatching(/read only its first 4096 bytes \(maxBytes\)/)]);
  });

  it('takes the service from the option, a function of the path, the line, or the file name', async () => {
    const paths = [join(root, 'payments.log')];
    const fixed = await collect(createFileLogCollector({ paths, service: 'billing' }));
    expect(new Set(fixed.evidence.map((item) => item.service))).toEqual(new Set(['billing']));
    const seen: string[] = [];
    const byPath = await collect(
      createFileLogCollector({
        paths,
        service: (path) => {
          seen.push(path);
          return null;
        },
      }),
    );
    expect(seen).toEqual(paths);
    expect(byPath.evidence[0]?.service).toBe('payments-api');
    expect(byPath.evidence[2]?.service).toBe('payments');
    // A Java logger name is a component, not a service: the file name stands in for it.
    expect(byPath.evidence.some((item) => item.service?.includes('PaymentController'))).toBe(false);
  });

  it('never writes: the files and their modification times are unchanged', async () => {
    async function snapshot(directory: string): Promise<string[]> {
      const entries = await readdir(directory, { recursive: true });
      const described = await Promise.all(
        entries.map(async (entry) => {
          const stats = await stat(join(directory, entry));
          return `${entry} ${stats.size} ${stats.mtimeMs}`;
        }),
      );
      return described.sort();
    }
    const before = await snapshot(root);
    await collect(createFileLogCollector({ paths: [join(root, '**', '*')] }));
    expect(await snapshot(root)).toEqual(before);
  });

  it('rejects at once when already aborted, and validates its options', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    const collector = createFileLogCollector({ paths: [join(root, '*.log')] });
    await expect(
      collector.doCollect({
        alert: createSampleAlert(),
        window: createSampleTimeWindow(),
        abortSignal: controller.signal,
        maxItems: 10,
      }),
    ).rejects.toBe(reason);
    expect(() => createFileLogCollector({ paths: [] })).toThrow(InvalidInputError);
    expect(() => createFileLogCollector({ paths: ['a.log'], maxLines: 0, collectorId: 'has space' })).toThrow(
      /collectorId[\s\S]*maxLines: must be a positive integer/,
    );
  });
});

describeCollectorV1Conformance({
  name: 'file log collector',
  create: () => createFileLogCollector({ paths: [join(root, '*.log'), join(root, 'rotated', 'app.log*')] }),
});
