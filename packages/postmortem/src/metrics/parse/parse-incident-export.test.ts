import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { parseIncidentExport } from './parse-incident-export.js';

function issuesOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (InvalidInputError.isInstance(error)) return [...error.issues];
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

const header = 'id,service,severity,created_at,acknowledged_at,resolved_at';

describe('parseIncidentExport: bad input names the row and column', () => {
  it('rejects naive timestamps unless a time zone is given', () => {
    const csv = `${header}\nA,api,high,2026-03-04T10:00:00Z,,\nB,api,high,2026-03-04 10:00:00,,`;
    expect(issuesOf(() => parseIncidentExport(csv, { source: 'incidents.csv' }))).toEqual([
      {
        path: 'row 2 (line 3), column "created_at"',
        message:
          '"2026-03-04 10:00:00" has no time zone offset; add one (e.g. Z or +01:00) or pass a time zone (--timezone Europe/Berlin)',
      },
    ]);
    expect(parseIncidentExport(csv, { timeZone: 'America/New_York' }).incidents[1]?.createdAt).toBe(
      '2026-03-04T15:00:00.000Z',
    );
    expect(issuesOf(() => parseIncidentExport(csv, { timeZone: 'Mars/Olympus' }))).toEqual([
      { path: 'timeZone', message: expect.stringContaining('unknown time zone "Mars/Olympus"') },
    ]);
  });

  it('names unparseable dates, impossible dates and resolutions before creation', () => {
    const csv = [
      header,
      'A,api,high,03/04/2026 10:00,,',
      'B,api,high,2026-02-30T10:00:00Z,,',
      'C,api,high,2026-03-04T10:00:00Z,2026-03-04T10:05:00Z,2026-03-04T09:00:00Z',
    ].join('\n');
    expect(issuesOf(() => parseIncidentExport(csv))).toEqual([
      {
        path: 'row 1 (line 2), column "created_at"',
        message: expect.stringContaining('"03/04/2026 10:00" is not an ISO 8601 date-time'),
      },
      {
        path: 'row 2 (line 3), column "created_at"',
        message: '"2026-02-30T10:00:00Z" is not a real date-time',
      },
      {
        path: 'row 3 (line 4), column "resolved_at"',
        message: '2026-03-04T09:00:00.000Z is before the incident was created (2026-03-04T10:00:00.000Z)',
      },
    ]);
  });

  it('rejects unknown and missing columns', () => {
    expect(
      issuesOf(() =>
        parseIncidentExport('id,service,created_at,resolvd_at\nA,api,2026-03-04T10:00:00Z,', {
          format: 'csv',
        }),
      ),
    ).toEqual([{ path: 'line 1 (header), column "resolvd_at"', message: 'unknown column' }]);
    expect(issuesOf(() => parseIncidentExport('id,service\nA,api', { format: 'csv' }))).toEqual([
      { path: 'line 1 (header)', message: 'required column "created_at" is missing' },
    ]);
    expect(issuesOf(() => parseIncidentExport('ticket,opened\n1,2'))).toEqual([
      { path: 'line 1 (header)', message: 'cannot tell the format from the header "ticket,opened"' },
    ]);
    expect(
      issuesOf(() => parseIncidentExport('incident_number,service_name\n1,api', { format: 'pagerduty-csv' })),
    ).toEqual([{ path: 'line 1 (header)', message: 'missing column "created_on" (or "created_at")' }]);
  });

  it('reports malformed CSV with its line', () => {
    expect(
      issuesOf(() =>
        parseIncidentExport(
          `${header}\nA,api,high,2026-03-04T10:00:00Z,,\nB,"api,high,2026-03-04T10:00:00Z,,\n`,
        ),
      ),
    ).toEqual([{ path: 'line 3', message: expect.stringMatching(/^malformed CSV: Quote Not Closed/) }]);
    expect(issuesOf(() => parseIncidentExport(`${header}\nA,api,high\n`))).toEqual([
      {
        path: 'line 2',
        message: expect.stringMatching(/^malformed CSV: Invalid Record Length: expect 6, got 3/),
      },
    ]);
    expect(issuesOf(() => parseIncidentExport(''))).toEqual([
      { path: 'line 1 (header)', message: 'cannot tell the format from the header ""' },
    ]);
  });

  it('names bad PagerDuty values: seconds that are not numbers, JSON syntax, missing fields', () => {
    const csv =
      'id,created_on,resolved_on,seconds_to_first_ack,seconds_to_resolve,service_name,urgency\nP1,2026-03-04T10:00:00Z,,soon,,api,high';
    expect(issuesOf(() => parseIncidentExport(csv))).toEqual([
      { path: 'row 1 (line 2), column "seconds_to_first_ack"', message: '"soon" is not a number of seconds' },
    ]);
    expect(issuesOf(() => parseIncidentExport('{"incidents": [\n  {"id": "P1",}\n]}'))).toEqual([
      { path: 'line 2, column 15', message: expect.stringMatching(/^not valid JSON: /) }, // the stray '}'
    ]);
    expect(
      issuesOf(() =>
        parseIncidentExport(
          '{"incidents": [{"id": "P1", "status": "resolved"}, {"id": "P2", "created_at": "yesterday"}]}',
        ),
      ),
    ).toEqual([
      { path: 'incidents[0].created_at', message: 'missing' },
      {
        path: 'incidents[0].status',
        message: 'resolved, but no resolve log entry, resolved_at or last_status_change_at says when',
      },
      {
        path: 'incidents[1].created_at',
        message: expect.stringContaining('"yesterday" is not an ISO 8601 date-time'),
      },
    ]);
  });
});
