import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { InvalidInputError } from '@triagekit/core';
import {
  computeResponseMetrics,
  formatMetricsTable,
  INCIDENT_EXPORT_FORMATS,
  type IncidentExportFormat,
  parseIncidentExport,
  renderMetricsHtml,
} from '@triagekit/postmortem';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';

interface MetricsFlags {
  readonly since: string;
  readonly until?: string;
  readonly format: string;
  readonly timezone?: string;
  readonly minSample: string;
  readonly json?: boolean;
  readonly html?: string;
}

function usage(path: string, message: string): InvalidInputError {
  return new InvalidInputError({ source: 'command line', issues: [{ path, message }] });
}

async function readExport(path: string, stdin: Readable): Promise<string> {
  if (path === '-') {
    let text = '';
    for await (const chunk of stdin)
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return text;
  }
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidInputError({
      source: `incident export ${path}`,
      issues: [
        {
          path: '',
          message: code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`,
        },
      ],
      cause: error,
    });
  }
}

/**
 * Registers `triagekit metrics <export> --since DATE [--until DATE] [--format FORMAT] [--timezone ZONE]
 * [--min-sample N] [--json] [--html FILE]`: MTTA and MTTR before vs after an adoption date.
 */
export function registerMetricsCommand(program: Command, io: CliIo): void {
  program
    .command('metrics')
    .description('MTTA and MTTR before vs after a date (e.g. adopting triagekit), from an incident export.')
    .argument(
      '<export>',
      'PagerDuty incidents CSV or REST JSON, or a CSV id,service,severity,created_at,acknowledged_at,resolved_at; "-" reads standard input',
    )
    .requiredOption(
      '--since <date>',
      'adoption date: incidents created before it are "before", e.g. 2026-03-01',
    )
    .option('--until <date>', 'leave out incidents created at or after this date')
    .option('--format <format>', `auto, ${INCIDENT_EXPORT_FORMATS.join(', ')}`, 'auto')
    .option('--timezone <zone>', 'IANA time zone of timestamps without an offset, e.g. Europe/Berlin')
    .option('--min-sample <n>', 'fewer durations than this on either side: "not conclusive"', '10')
    .option('--json', 'print the metrics as JSON')
    .option('--html <file>', 'also write a self-contained HTML page with the chart and the table')
    .addHelpText(
      'after',
      `
MTTA = created → first acknowledgement; MTTR = created → resolved. Median, p90 (nearest rank) and mean,
per service and severity, with the change in percent and a Mann–Whitney U test.

Examples:
  $ triagekit metrics incidents.csv --since 2026-03-01
  $ triagekit metrics pagerduty-incidents.json --since 2026-03-01 --json --html metrics.html`,
    )
    .action(async (file: string, flags: MetricsFlags) => {
      const format = flags.format as IncidentExportFormat | 'auto';
      if (format !== 'auto' && !(INCIDENT_EXPORT_FORMATS as readonly string[]).includes(format)) {
        throw usage(
          '--format',
          `must be auto or one of ${INCIDENT_EXPORT_FORMATS.join(', ')}, got "${flags.format}"`,
        );
      }
      const minimumSampleSize = Number(flags.minSample);
      if (!Number.isInteger(minimumSampleSize) || minimumSampleSize < 1) {
        throw usage('--min-sample', `must be a positive integer, got "${flags.minSample}"`);
      }
      const path = file === '-' ? '-' : resolve(io.cwd, file);
      const parsed = parseIncidentExport(await readExport(path, io.stdin), {
        format,
        timeZone: flags.timezone,
        source: path === '-' ? 'standard input' : path,
      });
      const metrics = computeResponseMetrics(parsed.incidents, {
        since: flags.since,
        until: flags.until,
        timeZone: flags.timezone,
        minimumSampleSize,
      });
      for (const warning of parsed.warnings) io.stderr(`warning: ${warning}\n`);
      if (flags.html !== undefined) {
        const out = resolve(io.cwd, flags.html);
        await mkdir(dirname(out), { recursive: true });
        await writeFile(`${out}.tmp-${process.pid}`, renderMetricsHtml(metrics));
        await rename(`${out}.tmp-${process.pid}`, out);
        io.stderr(`Wrote ${out}\n`);
      }
      if (flags.json)
        io.stdout(
          `${JSON.stringify({ format: parsed.format, incidents: parsed.incidents.length, warnings: parsed.warnings, metrics })}\n`,
        );
      else
        io.stdout(`${parsed.incidents.length} incidents (${parsed.format})\n${formatMetricsTable(metrics)}`);
    });
}
