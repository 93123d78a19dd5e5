import { InvalidInputError } from '@triagekit/core';
import type { IncidentRecord } from '../incident-record.js';
import { RowIssues } from './row-issues.js';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function parseJson(source: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const where =
      position === undefined
        ? '(file)'
        : (() => {
            const before = content.slice(0, Number(position));
            return `line ${before.split('\n').length}, column ${Number(position) - before.lastIndexOf('\n')}`;
          })();
    throw new InvalidInputError({
      source,
      issues: [{ path: where, message: `not valid JSON: ${message}` }],
      cause: error,
    });
  }
}

/** Incidents and log entries from one response page, an array of pages, or an array of incidents. */
function collect(
  document: unknown,
  source: string,
): { incidents: { value: unknown; path: string }[]; logEntries: JsonObject[] } {
  const incidents: { value: unknown; path: string }[] = [];
  const logEntries: JsonObject[] = [];
  const pages =
    Array.isArray(document) &&
    document.every(isObject) &&
    document.some((item) => 'incidents' in item || 'log_entries' in item)
      ? document.map((page, index) => ({ page, prefix: `[${index}].` }))
      : isObject(document)
        ? [{ page: document, prefix: '' }]
        : Array.isArray(document)
          ? [{ page: { incidents: document }, prefix: '' }]
          : [];
  for (const { page, prefix } of pages) {
    const list = (page as JsonObject).incidents;
    if (Array.isArray(list)) {
      for (const [index, value] of list.entries())
        incidents.push({ value, path: `${prefix}incidents[${index}]` });
    }
    const entries = (page as JsonObject).log_entries;
    if (Array.isArray(entries)) logEntries.push(...entries.filter(isObject));
  }
  if (incidents.length === 0 && pages.length === 0) {
    throw new InvalidInputError({
      source,
      issues: [
        {
          path: '(root)',
          message:
            'expected a GET /incidents response ({"incidents": [...]}), an array of such pages, or an array of incidents',
        },
      ],
    });
  }
  return { incidents, logEntries };
}

/** The times of each incident's log entries of one type, oldest first. */
function logTimes(entries: readonly JsonObject[], type: string, issues: RowIssues): Map<string, string[]> {
  const times = new Map<string, string[]>();
  entries.forEach((entry, index) => {
    if (entry.type !== type || !isObject(entry.incident)) return;
    const id = text(entry.incident.id);
    const time = issues.parseAt(`log_entries[${index}].created_at`, text(entry.created_at));
    if (id === '' || time === undefined) return;
    const list = times.get(id);
    if (list) list.push(time);
    else times.set(id, [time]);
  });
  for (const list of times.values()) list.sort();
  return times;
}

/**
 * Parses PagerDuty REST API v2 JSON: `GET /incidents` response pages (`{"incidents": [...], "more": ...}`),
 * an array of them, or a bare array of incidents; pages of `GET /log_entries` (`{"log_entries": [...]}`)
 * may be mixed in. Per incident: id from `id` (else `incident_number`), created from `created_at`, service
 * from `service.summary`, severity from `priority.summary` (else `urgency`). First acknowledgement: the
 * earliest `acknowledge_log_entry`, else the earliest `acknowledgements[].at` (PagerDuty empties that list
 * once an incident is resolved, so resolved incidents need log entries for MTTA; a warning says how many
 * lack them). Resolution: for `status: resolved` only, the latest `resolve_log_entry`, else `resolved_at`,
 * else `last_status_change_at`.
 * @throws InvalidInputError for invalid JSON (line and column) or naming the incident and field of each bad value.
 */
export function parsePagerDutyJson(
  content: string,
  source: string,
  timeZone?: string,
): { incidents: IncidentRecord[]; warnings: string[] } {
  const { incidents: items, logEntries } = collect(parseJson(source, content), source);
  const issues = new RowIssues(source, timeZone);
  const acknowledgements = logTimes(logEntries, 'acknowledge_log_entry', issues);
  const resolutions = logTimes(logEntries, 'resolve_log_entry', issues);
  const logged = new Set(
    logEntries.map((entry) => (isObject(entry.incident) ? text(entry.incident.id) : '')),
  );
  let withoutAcknowledgementData = 0;
  const incidents = items.map(({ value, path }): IncidentRecord | undefined => {
    if (!isObject(value)) {
      issues.add(path, 'expected an incident object');
      return undefined;
    }
    const id = text(value.id) || text(value.incident_number);
    if (id === '') issues.add(`${path}.id`, 'the incident has no id or incident_number');
    const createdAt =
      text(value.created_at) === ''
        ? undefined
        : issues.parseAt(`${path}.created_at`, text(value.created_at));
    if (text(value.created_at) === '') issues.add(`${path}.created_at`, 'missing');
    const listed = (Array.isArray(value.acknowledgements) ? value.acknowledgements : [])
      .map((acknowledgement, index) =>
        isObject(acknowledgement)
          ? issues.parseAt(`${path}.acknowledgements[${index}].at`, text(acknowledgement.at))
          : undefined,
      )
      .filter((time): time is string => time !== undefined)
      .sort();
    const acknowledgedAt = acknowledgements.get(id)?.[0] ?? listed[0] ?? null;
    const resolved = value.status === 'resolved';
    const fallback = text(value.resolved_at) || text(value.last_status_change_at);
    const resolvedAt = resolved
      ? (resolutions.get(id)?.at(-1) ??
        (fallback === ''
          ? undefined
          : issues.parseAt(
              `${path}.${text(value.resolved_at) ? 'resolved_at' : 'last_status_change_at'}`,
              fallback,
            )))
      : null;
    if (resolved && resolvedAt === undefined && fallback === '')
      issues.add(
        `${path}.status`,
        'resolved, but no resolve log entry, resolved_at or last_status_change_at says when',
      );
    if (id === '' || createdAt === undefined || resolvedAt === undefined) return undefined;
    if (resolved && acknowledgedAt === null && !logged.has(id)) withoutAcknowledgementData += 1;
    issues.order((field) => `${path}.${field}`, createdAt, [
      { field: 'acknowledgements', value: acknowledgedAt },
      { field: 'resolved_at', value: resolvedAt },
    ]);
    const service = isObject(value.service) ? text(value.service.summary) || text(value.service.id) : '';
    const priority = isObject(value.priority) ? text(value.priority.summary) : '';
    return {
      id,
      service: service || 'unknown',
      severity: (priority || text(value.urgency) || 'unknown').toLowerCase(),
      createdAt,
      acknowledgedAt,
      resolvedAt,
      reopened: false,
      origin: path,
    };
  });
  issues.throwIfAny();
  const warnings =
    withoutAcknowledgementData > 0
      ? [
          `${withoutAcknowledgementData} resolved incident(s) have no acknowledgement data: GET /incidents empties "acknowledgements" once an incident is resolved. Add the pages of GET /log_entries (or /incidents/{id}/log_entries) to the export to measure MTTA for them; they count as unacknowledged.`,
        ]
      : [];
  return {
    incidents: incidents.filter((incident): incident is IncidentRecord => incident !== undefined),
    warnings,
  };
}
