import { describe, expect, it } from 'vitest';
import { LogRecordReader, type LogRecordReaderOptions } from './log-record-reader.js';
import type { LogRecord } from './parsed-line.js';

function readAll(text: string, options?: LogRecordReaderOptions): LogRecord[] {
  const reader = new LogRecordReader({ referenceYear: 2026, ...options });
  const records: LogRecord[] = [];
  for (const line of text.split('\n')) records.push(...reader.push(line));
  records.push(...reader.flush());
  return records;
}

const summary = (records: readonly LogRecord[]) =>
  records.map((record) => ({ line: record.line, lineCount: record.lineCount, message: record.message }));

describe('LogRecordReader', () => {
  it('joins a Java stack trace to the line that logged it', () => {
    const records = readAll(
      [
        '2026-03-04 14:10:02.123 ERROR 1 --- [exec-7] c.e.pay.ChargeController : charge failed',
        'java.sql.SQLTransientConnectionException: pool-1 - Connection is not available',
        '\tat com.example.pool.Pool.borrow(Pool.java:696)',
        '\tat com.example.pay.ChargeController.charge(ChargeController.java:41)',
        'Caused by: java.net.ConnectException: Connection refused',
        '\tat java.base/sun.nio.ch.Net.connect0(Native Method)',
        '\t... 12 more',
        '2026-03-04 14:10:03.000  INFO 1 --- [main] c.e.App : next request',
      ].join('\n'),
    );
    expect(summary(records)).toEqual([
      { line: 1, lineCount: 7, message: 'charge failed' },
      { line: 8, lineCount: 1, message: 'next request' },
    ]);
    expect(records[0]?.text.split('\n')[4]).toBe('Caused by: java.net.ConnectException: Connection refused');
    expect(records[0]).toMatchObject({ format: 'java', level: 'error', service: 'c.e.pay.ChargeController' });
  });

  it('joins a Python traceback through its final exception line and chained tracebacks', () => {
    const records = readAll(
      [
        '2026-03-04 13:01:02,123 ERROR search.api: request failed',
        'Traceback (most recent call last):',
        '  File "/srv/search/api.py", line 42, in handle',
        '    result = index.query(q)',
        'ValueError: bad query',
        '',
        'During handling of the above exception, another exception occurred:',
        '',
        'Traceback (most recent call last):',
        '  File "/srv/search/api.py", line 44, in handle',
        "KeyError: 'q'",
        'worker idle',
      ].join('\n'),
    );
    expect(summary(records)).toEqual([
      { line: 1, lineCount: 11, message: 'request failed' },
      { line: 12, lineCount: 1, message: 'worker idle' },
    ]);
  });

  it('names a bare traceback record by its exception line', () => {
    const records = readAll(
      [
        'Traceback (most recent call last):',
        '  File "job.py", line 3, in <module>',
        'ZeroDivisionError: division by zero',
      ].join('\n'),
    );
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      lineCount: 3,
      level: 'error',
      message: 'ZeroDivisionError: division by zero',
    });
  });

  it('joins a Go panic with its goroutines and exit status', () => {
    const records = readAll(
      [
        'panic: runtime error: index out of range [5] with length 3',
        '',
        'goroutine 1 [running]:',
        'main.lookup(...)',
        '\t/srv/app/main.go:12',
        'main.main()',
        '\t/srv/app/main.go:8 +0x1d',
        'exit status 2',
        'service restarted',
      ].join('\n'),
    );
    expect(summary(records)).toEqual([
      { line: 1, lineCount: 8, message: 'runtime error: index out of range [5] with length 3' },
      { line: 9, lineCount: 1, message: 'service restarted' },
    ]);
    expect(records[0]?.level).toBe('critical');
  });

  it('always starts a new record at a line with a header, even inside a trace', () => {
    const records = readAll(
      [
        '2026-03-04T14:10:02Z ERROR failed',
        '\tat a.B.c(B.java:1)',
        '2026-03-04T14:10:03Z INFO next',
        '    2026-03-04T14:10:04Z WARN indented but headed',
      ].join('\n'),
    );
    expect(summary(records).map((record) => record.lineCount)).toEqual([2, 1, 1]);
  });

  it('does not join a plain line or a Python traceback after another record across blank lines', () => {
    const records = readAll(
      ['2026-03-04T14:10:02Z INFO a', 'plain text', '', 'Traceback (most recent call last):'].join('\n'),
    );
    expect(summary(records).map((record) => record.line)).toEqual([1, 2, 3, 4]);
  });

  it('makes blank lines records of their own so line numbers stay exact', () => {
    const records = readAll('first\n\n\nsecond\n');
    expect(records.map((record) => [record.line, record.message, record.format])).toEqual([
      [1, 'first', 'plain'],
      [2, '', 'plain'],
      [3, '', 'plain'],
      [4, 'second', 'plain'],
      [5, '', 'plain'],
    ]);
  });

  it('emits a record at the line and byte caps and continues the trace in a new one', () => {
    const frames = Array.from({ length: 9 }, (_unused, index) => `\tat a.B.m${index}(B.java:${index})`);
    const byLines = readAll(['2026-03-04T14:10:02Z ERROR boom', ...frames].join('\n'), { maxRecordLines: 4 });
    expect(byLines.map((record) => record.lineCount)).toEqual([4, 4, 2]);
    expect(byLines.map((record) => record.line)).toEqual([1, 5, 9]);
    const byBytes = readAll(['2026-03-04T14:10:02Z ERROR boom', ...frames].join('\n'), {
      maxRecordBytes: 80,
    });
    for (const record of byBytes) expect(Buffer.byteLength(record.text)).toBeLessThanOrEqual(80);
    expect(byBytes.reduce((sum, record) => sum + record.lineCount, 0)).toBe(10);
  });

  it('cuts over-long lines with a marker and strips CR', () => {
    const records = readAll(`2026-03-04T14:10:02Z INFO ${'y'.repeat(5000)}\r\nok\r`, { maxLineBytes: 1000 });
    expect(records[0]?.text).toMatch(/ …\[cut 4026 bytes\]$/);
    expect(Buffer.byteLength(records[0]?.text.split(' …[cut')[0] ?? '')).toBe(1000);
    expect(records[1]).toMatchObject({ text: 'ok', message: 'ok' });
  });

  it('survives garbage, a 1 MB line and invalid UTF-8', () => {
    const reader = new LogRecordReader();
    const records = [
      ...reader.push(Buffer.from([0xff, 0xfe, 0x00, 0xc3]).toString()),
      ...reader.push('x'.repeat(1_000_000)),
      ...reader.push('\u0000\u0007\u001b[31m'),
      ...reader.flush(),
    ];
    expect(records.map((record) => record.line)).toEqual([1, 2, 3]);
    expect(records[1]?.text).toMatch(/…\[cut 934464 bytes\]$/);
    expect(new LogRecordReader().flush()).toEqual([]);
  });

  it('is deterministic', () => {
    const text = ['2026-03-04T14:10:02Z ERROR x', '\tat a.B.c(B.java:1)', 'plain', '', 'panic: boom'].join(
      '\n',
    );
    expect(readAll(text)).toEqual(readAll(text));
  });
});
