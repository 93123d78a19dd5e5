import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InvalidInputError } from '@triagekit/core';
import { Command, CommanderError } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io.js';
import { registerMetricsCommand } from './metrics-command.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-metrics-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

// Mirrors runCli: usage errors and InvalidInputError exit with 2 and print the message.
async function metrics(argv: string[], stdinText = '') {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: directory,
    abortSignal: new AbortController().signal,
    stdin: Readable.from([stdinText]),
    environment: {},
  };
  const program = new Command('triagekit')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerMetricsCommand(program, io);
  try {
    await program.parseAsync(['metrics', ...argv], { from: 'user' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (error instanceof CommanderError) return { code: error.exitCode === 0 ? 0 : 2, stdout, stderr };
    if (InvalidInputError.isInstance(error))
      return { code: 2, stdout, stderr: `${stderr}triagekit: ${error.message}\n` };
    throw error;
  }
}

// Before 2026-03-01: TTA 120, 300, 600 s (median 300); TTR 1800, 3600 s (one open; median 2700).
// After: TTA 60, 180 s (one never acked; median 120); TTR 900, 1500, 600 s (median 900).
const csv = `id,service,severity,created_at,acknowledged_at,resolved_at
1,api,high,2026-02-01T10:00:00Z,2026-02-01T10:02:00Z,2026-02-01T10:30:00Z
2,api,high,2026-02-08T10:00:00Z,2026-02-08T10:05:00Z,2026-02-08T11:00:00Z
3,db,low,2026-02-15T10:00:00Z,2026-02-15T10:10:00Z,
4,api,high,2026-03-02T10:00:00Z,2026-03-02T10:01:00Z,2026-03-02T10:15:00Z
5,api,high,2026-03-09T10:00:00Z,2026-03-09T10:03:00Z,2026-03-09T10:25:00Z
6,db,low,2026-03-16T10:00:00Z,,2026-03-16T10:10:00Z
`;

describe('triagekit metrics', () => {
  it('prints the before/after table, detecting the format', async () => {
    await writeFile(join(directory, 'incidents.csv'), csv);
    const { code, stdout } = await metrics(['incidents.csv', '--since', '2026-03-01']);
    expect(code).toBe(0);
    expect(stdout).toContain('6 incidents (csv)');
    expect(stdout).toContain('\n  MTTA median       5m 00s          2m 00s          -60.0 %\n');
    expect(stdout).toContain('\n  MTTR median       45m 00s         15m 00s         -66.7 %\n');
    expect(stdout).toContain('not conclusive: n < 10');
  });

  it('prints JSON, writes the HTML page with the chart, and reads standard input', async () => {
    const html = join(directory, 'out', 'metrics.html');
    const { code, stdout, stderr } = await metrics(
      ['-', '--since', '2026-03-01T00:00:00Z', '--json', '--html', 'out/metrics.html', '--min-sample', '2'],
      csv,
    );
    expect(code).toBe(0);
    expect(stderr).toBe(`Wrote ${html}\n`);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ format: 'csv', incidents: 6, warnings: [] });
    expect(result.metrics.overall.before.mttr).toEqual({
      count: 2,
      medianSeconds: 2700,
      p90Seconds: 3600,
      meanSeconds: 2700,
    });
    expect(result.metrics.overall.after.mtta).toEqual({
      count: 2,
      medianSeconds: 120,
      p90Seconds: 180,
      meanSeconds: 120,
    });
    // With --min-sample 2 the samples are big enough to test: MTTA before [120, 300, 600] vs after [60, 180],
    // no ties; U = 1 (only 180 > 120). Over the C(5,2) = 10 arrangements U = 0..6 occurs 1,1,2,2,2,1,1 times,
    // so P(U ≤ 1) = 2/10 and the exact two-sided p = 0.4: not significant.
    expect(result.metrics.overall.mtta.test).toEqual({ u: 1, pValue: 0.4, method: 'exact' });
    expect(result.metrics.overall.mtta.note).toBe(
      'not significant: Mann–Whitney U p = 0.400 ≥ 0.05 (before 3, after 2)',
    );
    const page = await readFile(html, 'utf8');
    expect(page).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(page).not.toMatch(/<script/i);
  });

  it('exits with 2 naming the row and column of bad input, and for bad options', async () => {
    await writeFile(
      join(directory, 'naive.csv'),
      'id,service,severity,created_at,acknowledged_at,resolved_at\n1,api,high,2026-02-01 10:00,,\n',
    );
    const naive = await metrics(['naive.csv', '--since', '2026-03-01']);
    expect(naive.code).toBe(2);
    expect(naive.stderr).toContain(
      'row 1 (line 2), column "created_at": "2026-02-01 10:00" has no time zone offset',
    );
    expect((await metrics(['naive.csv', '--since', '2026-03-01', '--timezone', 'Europe/Berlin'])).code).toBe(
      0,
    );
    const cases: [string[], string][] = [
      [['missing.csv', '--since', '2026-03-01'], 'does not exist'],
      [['naive.csv', '--since', 'soon', '--timezone', 'UTC'], 'since: "soon" is not an ISO 8601 date-time'],
      [
        ['naive.csv', '--since', '2026-03-01', '--format', 'xlsx'],
        '--format: must be auto or one of pagerduty-csv, pagerduty-json, csv, got "xlsx"',
      ],
      [
        ['naive.csv', '--since', '2026-03-01', '--min-sample', '0'],
        '--min-sample: must be a positive integer',
      ],
      [['naive.csv'], "required option '--since <date>' not specified"],
    ];
    for (const [argv, message] of cases) {
      const result = await metrics(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });
});
