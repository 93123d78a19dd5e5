import { InvalidInputError } from '@triagekit/core';
import type { IncidentRecord } from '../incident-record.js';
import { type CsvRecord, describeRow, readCsvRecords } from './read-csv-records.js';
import { RowIssues } from './row-issues.js';

/** Columns of the generic CSV format; `id` and `created_at` are required, the others may be empty. */
export const GENERIC_CSV_COLUMNS = [
  'id',
  'service',
  'severity',
  'created_at',
  'acknowledged_at',
  'resolved_at',
] as const;
const REQUIRED = ['id', 'created_at'];

function toRecord(record: CsvRecord, issues: RowIssues): IncidentRecord | undefined {
  const where = describeRow(record);
  const id = record.values.id ?? '';
  if (id === '') issues.add(`${where}, column "id"`, 'the incident id is empty');
  const createdAt = issues.timestamp(record, 'created_at');
  if (createdAt === null) issues.add(`${where}, column "created_at"`, 'the creation time is empty');
  const acknowledgedAt = issues.timestamp(record, 'acknowledged_at');
  const resolvedAt = issues.timestamp(record, 'resolved_at');
  if (id === '' || !createdAt || acknowledgedAt === undefined || resolvedAt === undefined) return undefined;
  issues.order((column) => `${where}, column "${column}"`, createdAt, [
    { field: 'acknowledged_at', value: acknowledgedAt },
    { field: 'resolved_at', value: resolvedAt },
  ]);
  return {
    id,
    service: record.values.service || 'unknown',
    severity: (record.values.severity || 'unknown').toLowerCase(),
    createdAt,
    acknowledgedAt,
    resolvedAt,
    reopened: false,
    origin: where,
  };
}

/**
 * Parses the generic CSV format: header `id,service,severity,created_at,acknowledged_at,resolved_at` (any
 * order; `id` and `created_at` required; other columns are refused so a misspelt one is not silently
 * ignored). Timestamps need an offset unless `timeZone` is given. Empty acknowledgement or resolution
 * cells mean "never acknowledged" and "still open". Several rows with one id are one reopened incident
 * (see `mergeReopenedIncidents`, applied by `parseIncidentExport`).
 * @throws InvalidInputError naming the row, line and column of every problem found (up to 20).
 */
export function parseGenericCsv(text: string, source: string, timeZone?: string): IncidentRecord[] {
  const { columns, records } = readCsvRecords(text, source);
  const known: readonly string[] = GENERIC_CSV_COLUMNS;
  const unknown = columns.filter((column) => !known.includes(column));
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (unknown.length > 0 || missing.length > 0) {
    throw new InvalidInputError({
      source,
      issues: [
        ...missing.map((column) => ({
          path: 'line 1 (header)',
          message: `required column "${column}" is missing`,
        })),
        ...unknown.map((column) => ({
          path: `line 1 (header), column "${column}"`,
          message: 'unknown column',
        })),
      ],
      hint: `The generic format has the columns ${GENERIC_CSV_COLUMNS.join(',')}. For a PagerDuty export pass --format pagerduty-csv.`,
    });
  }
  const issues = new RowIssues(source, timeZone);
  const incidents = records.map((record) => toRecord(record, issues));
  issues.throwIfAny();
  return incidents.filter((incident): incident is IncidentRecord => incident !== undefined);
}
