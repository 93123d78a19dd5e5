import { InvalidInputError } from '@triagekit/core';
import type { IncidentExportFormat, ParsedIncidentExport } from '../incident-record.js';
import { mergeReopenedIncidents } from './merge-reopened-incidents.js';
import { assertTimeZone } from './parse-export-timestamp.js';
import { GENERIC_CSV_COLUMNS, parseGenericCsv } from './parse-generic-csv.js';
import { parsePagerDutyCsv } from './parse-pagerduty-csv.js';
import { parsePagerDutyJson } from './parse-pagerduty-json.js';
import { normalizeColumnName } from './read-csv-records.js';

/** Options of {@link parseIncidentExport}. */
export interface ParseIncidentExportOptions {
  /** Default `auto`: JSON is PagerDuty REST JSON; a CSV header decides between the two CSV formats. */
  readonly format?: IncidentExportFormat | 'auto';
  /** IANA zone for timestamps without an offset (`Europe/Berlin`); without it they are rejected. */
  readonly timeZone?: string;
  /** Names the input in error messages, e.g. the file path. Default `incident export`. */
  readonly source?: string;
}

const PAGERDUTY_MARKERS = [
  'created_on',
  'resolved_on',
  'seconds_to_first_ack',
  'seconds_to_resolve',
  'incident_number',
  'service_name',
  'urgency',
];

/**
 * Works out the format of an export from its content: JSON (`{` or `[` first) is PagerDuty REST JSON; a CSV
 * whose header only has generic columns is the generic format; a header with PagerDuty's columns
 * (`created_on`, `seconds_to_first_ack`, `service_name`, ...) is PagerDuty's CSV.
 * @throws InvalidInputError when the header fits neither CSV format.
 */
export function detectIncidentExportFormat(
  content: string,
  source = 'incident export',
): IncidentExportFormat {
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'pagerduty-json';
  const header = (start.split(/\r?\n/, 1)[0] ?? '')
    .split(',')
    .map((column) => normalizeColumnName(column.replaceAll('"', '')));
  const generic: readonly string[] = GENERIC_CSV_COLUMNS;
  if (header.includes('created_at') && header.every((column) => generic.includes(column))) return 'csv';
  if (header.some((column) => PAGERDUTY_MARKERS.includes(column))) return 'pagerduty-csv';
  throw new InvalidInputError({
    source,
    issues: [
      {
        path: 'line 1 (header)',
        message: `cannot tell the format from the header "${header.join(',').slice(0, 200)}"`,
      },
    ],
    hint: `Use PagerDuty's incidents CSV or JSON, or a CSV with the columns ${GENERIC_CSV_COLUMNS.join(',')}; or pass the format explicitly.`,
  });
}

/**
 * Parses an incident export into normalised records (see `IncidentRecord`), merging the rows of reopened
 * incidents (see `mergeReopenedIncidents`). Formats: `pagerduty-csv`, `pagerduty-json`, `csv` (generic).
 * @throws InvalidInputError naming the row (line) and column — or JSON path — of malformed or missing
 * values, unknown or missing columns, unparseable dates, timestamps without an offset when no `timeZone`
 * is given, or an unknown `timeZone`.
 */
export function parseIncidentExport(
  content: string,
  options: ParseIncidentExportOptions = {},
): ParsedIncidentExport {
  const source = options.source ?? 'incident export';
  const timeZone = options.timeZone === undefined ? undefined : assertTimeZone(options.timeZone);
  const format =
    !options.format || options.format === 'auto'
      ? detectIncidentExportFormat(content, source)
      : options.format;
  if (format === 'pagerduty-json') {
    const parsed = parsePagerDutyJson(content, source, timeZone);
    return { format, incidents: mergeReopenedIncidents(parsed.incidents), warnings: parsed.warnings };
  }
  const rows =
    format === 'csv'
      ? parseGenericCsv(content, source, timeZone)
      : parsePagerDutyCsv(content, source, timeZone);
  return { format, incidents: mergeReopenedIncidents(rows), warnings: [] };
}
