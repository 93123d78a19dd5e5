import { InvalidInputError } from '@triagekit/core';
import type { IncidentRecord } from '../incident-record.js';
import { type CsvRecord, describeRow, readCsvRecords } from './read-csv-records.js';
import { RowIssues } from './row-issues.js';

/**
 * Columns of PagerDuty's incidents CSV (the "Download CSV" of the incidents report, `reports/raw/incidents.csv`)
 * that are used; all others (`escalation_policy_name`, `assignment_count`, ...) are ignored. The Analytics
 * export's spellings `created_at` / `resolved_at` / `title` are accepted too.
 */
export const PAGERDUTY_CSV_COLUMNS = {
  id: ['id', 'incident_number'],
  createdAt: ['created_on', 'created_at'],
  resolvedAt: ['resolved_on', 'resolved_at'],
  secondsToFirstAck: ['seconds_to_first_ack'],
  secondsToResolve: ['seconds_to_resolve'],
  service: ['service_name', 'service_id'],
  severity: ['priority_name', 'urgency'],
} as const;

function first(columns: readonly string[], candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => columns.includes(candidate));
}

function plusSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

function pick(record: CsvRecord, columns: readonly string[]): string {
  for (const column of columns) {
    const value = record.values[column];
    if (value) return value;
  }
  return '';
}

/**
 * Parses PagerDuty's incidents CSV export. Per row: id from `id` (else `incident_number`); created from
 * `created_on`; first acknowledgement = created + `seconds_to_first_ack` (empty: never acknowledged);
 * resolution from `resolved_on`, else created + `seconds_to_resolve` (both empty: still open); service from
 * `service_name` (else `service_id`); severity from `priority_name` (else `urgency`). PagerDuty writes
 * offsets (`2026-03-04T10:15:00-05:00`), so `timeZone` is only needed for files edited by hand.
 * @throws InvalidInputError for a missing required column, or naming the row and column of each bad value.
 */
export function parsePagerDutyCsv(text: string, source: string, timeZone?: string): IncidentRecord[] {
  const { columns, records } = readCsvRecords(text, source);
  const idColumns = PAGERDUTY_CSV_COLUMNS.id.filter((column) => columns.includes(column));
  const createdColumn = first(columns, PAGERDUTY_CSV_COLUMNS.createdAt);
  if (idColumns.length === 0 || createdColumn === undefined) {
    throw new InvalidInputError({
      source,
      issues: [
        ...(idColumns.length === 0
          ? [{ path: 'line 1 (header)', message: 'missing column "id" (or "incident_number")' }]
          : []),
        ...(createdColumn === undefined
          ? [{ path: 'line 1 (header)', message: 'missing column "created_on" (or "created_at")' }]
          : []),
      ],
      hint: `Found the columns: ${columns.join(', ').slice(0, 300)}.`,
    });
  }
  const resolvedColumn = first(columns, PAGERDUTY_CSV_COLUMNS.resolvedAt);
  const issues = new RowIssues(source, timeZone);
  const incidents = records.map((record): IncidentRecord | undefined => {
    const where = describeRow(record);
    const id = pick(record, idColumns);
    if (id === '') issues.add(`${where}, column "${idColumns[0]}"`, 'the incident id is empty');
    const createdAt = issues.timestamp(record, createdColumn);
    if (createdAt === null) issues.add(`${where}, column "${createdColumn}"`, 'the creation time is empty');
    const toAck = issues.seconds(record, 'seconds_to_first_ack');
    const resolvedOn = resolvedColumn ? issues.timestamp(record, resolvedColumn) : null;
    const toResolve = issues.seconds(record, 'seconds_to_resolve');
    if (id === '' || !createdAt || toAck === undefined || resolvedOn === undefined || toResolve === undefined)
      return undefined;
    const resolvedAt = resolvedOn ?? (toResolve === null ? null : plusSeconds(createdAt, toResolve));
    if (resolvedColumn) {
      issues.order((column) => `${where}, column "${column}"`, createdAt, [
        { field: resolvedColumn, value: resolvedOn },
      ]);
    }
    return {
      id,
      service: pick(record, PAGERDUTY_CSV_COLUMNS.service) || 'unknown',
      severity: (pick(record, PAGERDUTY_CSV_COLUMNS.severity) || 'unknown').toLowerCase(),
      createdAt,
      acknowledgedAt: toAck === null ? null : plusSeconds(createdAt, toAck),
      resolvedAt,
      reopened: false,
      origin: where,
    };
  });
  issues.throwIfAny('PagerDuty writes timestamps like 2026-03-04T10:15:00-05:00 and durations in seconds.');
  return incidents.filter((incident): incident is IncidentRecord => incident !== undefined);
}
