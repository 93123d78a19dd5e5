import { InvalidInputError } from '@triagekit/core';
import { parse } from 'csv-parse/sync';

/** One data row of a CSV file, with its values by (normalised) column name. */
export interface CsvRecord {
  /** 1-based number of the data row (the header is row 0). */
  readonly row: number;
  /** 1-based line of the file where the row starts. */
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** `row 3 (line 4)`: how rows are named in messages. */
export function describeRow(record: Pick<CsvRecord, 'row' | 'line'>): string {
  return `row ${record.row} (line ${record.line})`;
}

/** Column names are compared trimmed, lowercased, with spaces and hyphens as underscores. */
export function normalizeColumnName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

interface CsvInfo {
  readonly lines: number;
  readonly empty_lines: number;
}

function csvFailure(error: unknown, source: string): InvalidInputError {
  const details = error as { code?: string; lines?: number; column?: string | number; message?: string };
  const column = typeof details.column === 'string' ? `, column "${details.column}"` : '';
  const where = details.lines === undefined ? '(file)' : `line ${details.lines}${column}`;
  return new InvalidInputError({
    source,
    issues: [{ path: where, message: `malformed CSV: ${details.message ?? String(error)}` }],
    hint: 'Export the file again as comma-separated values with a header row; quote fields that contain commas, quotes or line breaks.',
    cause: error,
  });
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks; a UTF-8 byte order mark
 * is dropped; blank lines are skipped) into rows keyed by the header's column names. Values are trimmed.
 * @throws InvalidInputError naming the line (and column, when csv-parse knows it) of malformed CSV, an
 * empty file, or a repeated column name.
 */
export function readCsvRecords(text: string, source: string): { columns: string[]; records: CsvRecord[] } {
  let rows: { record: string[]; info: CsvInfo }[];
  try {
    rows = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_quotes: false }) as unknown as {
      record: string[];
      info: CsvInfo;
    }[];
  } catch (error) {
    throw csvFailure(error, source);
  }
  const [header, ...data] = rows;
  if (!header) {
    throw new InvalidInputError({
      source,
      issues: [{ path: '(file)', message: 'the file is empty: expected a header row' }],
    });
  }
  const columns = header.record.map(normalizeColumnName);
  const seen = new Set<string>();
  for (const [index, column] of columns.entries()) {
    if (column === '' || seen.has(column)) {
      throw new InvalidInputError({
        source,
        issues: [
          {
            path: `line 1, column ${index + 1}`,
            message:
              column === ''
                ? 'empty column name in the header'
                : `column "${column}" appears twice in the header`,
          },
        ],
      });
    }
    seen.add(column);
  }
  let previous = header.info;
  const records = data.map(({ record, info }, index) => {
    // Where this row starts: after the previous row's last line and any blank lines skipped in between.
    const line = previous.lines + 1 + (info.empty_lines - previous.empty_lines);
    previous = info;
    const values: Record<string, string> = {};
    columns.forEach((column, position) => {
      values[column] = (record[position] ?? '').trim();
    });
    return { row: index + 1, line, values };
  });
  return { columns, records };
}
