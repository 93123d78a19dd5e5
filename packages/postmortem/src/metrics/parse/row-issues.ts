import { type InputIssue, InvalidInputError } from '@triagekit/core';
import { parseExportTimestamp } from './parse-export-timestamp.js';
import { type CsvRecord, describeRow } from './read-csv-records.js';

/** Most issues listed in one error; a file with a systematic problem would otherwise print every row. */
const MAX_ISSUES = 20;

/** Collects the problems of an export's rows and throws them together, each naming its row and column. */
export class RowIssues {
  readonly #issues: InputIssue[] = [];
  #total = 0;

  constructor(
    readonly source: string,
    readonly timeZone: string | undefined,
  ) {}

  /** Records a problem at `where` (e.g. `row 3 (line 4), column "created_at"`). */
  add(where: string, message: string): void {
    this.#total += 1;
    if (this.#issues.length < MAX_ISSUES) this.#issues.push({ path: where, message });
  }

  /** The timestamp in `column` of a CSV row as UTC ISO, `null` when empty, `undefined` (and an issue) when bad. */
  timestamp(record: CsvRecord, column: string): string | null | undefined {
    const value = record.values[column] ?? '';
    if (value === '') return null;
    return this.parseAt(`${describeRow(record)}, column "${column}"`, value);
  }

  /** Parses a timestamp found at `where`; records an issue and returns `undefined` when it is bad. */
  parseAt(where: string, value: string): string | undefined {
    const parsed = parseExportTimestamp(value, this.timeZone);
    if (parsed.ok) return parsed.iso;
    this.add(where, parsed.message);
    return undefined;
  }

  /** A non-negative number of seconds in `column`; `null` when empty, `undefined` (and an issue) when bad. */
  seconds(record: CsvRecord, column: string): number | null | undefined {
    const value = record.values[column] ?? '';
    if (value === '') return null;
    const number = Number(value);
    if (Number.isFinite(number) && number >= 0) return number;
    this.add(`${describeRow(record)}, column "${column}"`, `"${value}" is not a number of seconds`);
    return undefined;
  }

  /** Checks that acknowledgement and resolution do not come before creation; `locate` names a field's place. */
  order(
    locate: (field: string) => string,
    createdAt: string,
    later: { field: string; value: string | null }[],
  ): void {
    for (const { field, value } of later) {
      if (value !== null && Date.parse(value) < Date.parse(createdAt)) {
        this.add(locate(field), `${value} is before the incident was created (${createdAt})`);
      }
    }
  }

  /** Throws everything recorded, if anything. */
  throwIfAny(hint?: string): void {
    if (this.#issues.length === 0) return;
    const more = this.#total - this.#issues.length;
    const issues =
      more > 0
        ? [...this.#issues, { path: '…', message: `${more} more problem(s) not listed` }]
        : this.#issues;
    throw new InvalidInputError({ source: this.source, issues, hint });
  }
}
