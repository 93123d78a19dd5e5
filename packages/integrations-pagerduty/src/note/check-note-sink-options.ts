import { type InputIssue, InvalidInputError } from '@triagekit/core';
import { httpUrl } from '../internal/http-url.js';
import { NOTE_LENGTH_BOUNDS, type PagerDutyNoteSinkOptions } from './pagerduty-note-sink-options.js';

function integerIn(path: string, value: unknown, min: number, max: number): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
    ? []
    : [{ path, message: `must be an integer from ${min} to ${max}, got ${String(value)}` }];
}

function nonEmpty(path: string, value: unknown, required: boolean): InputIssue[] {
  if (value === undefined && !required) return [];
  return typeof value === 'string' && value.trim() !== ''
    ? []
    : [{ path, message: 'must be a non-empty string' }];
}

/** Every problem with the options of the PagerDuty note sink, by option name. */
function optionIssues(options: PagerDutyNoteSinkOptions): InputIssue[] {
  const issues: InputIssue[] = [
    ...nonEmpty('apiToken', options.apiToken, true),
    ...nonEmpty('incidentId', options.incidentId, false),
    ...integerIn('timeoutMs', options.timeoutMs, 1, 600_000),
    ...integerIn('maxNoteLength', options.maxNoteLength, NOTE_LENGTH_BOUNDS.min, NOTE_LENGTH_BOUNDS.max),
    ...integerIn('maxItems', options.maxItems, 1, 20),
  ];
  if (typeof options.fromEmail !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(options.fromEmail)) {
    issues.push({
      path: 'fromEmail',
      message: 'must be the email address of a PagerDuty user of the account',
    });
  }
  if (options.incidentId !== undefined && options.incidentIdFromReport !== undefined) {
    issues.push({
      path: 'incidentIdFromReport',
      message: 'give either incidentId or incidentIdFromReport, not both',
    });
  }
  if (options.incidentIdFromReport !== undefined && typeof options.incidentIdFromReport !== 'function') {
    issues.push({
      path: 'incidentIdFromReport',
      message: 'must be a function (report) => string | undefined',
    });
  }
  if (options.baseUrl !== undefined && httpUrl(options.baseUrl) === undefined) {
    issues.push({
      path: 'baseUrl',
      message: `must be an http(s) URL, got ${JSON.stringify(options.baseUrl)}`,
    });
  }
  if (typeof options.reportUrl === 'string' && httpUrl(options.reportUrl) === undefined) {
    issues.push({ path: 'reportUrl', message: 'must be an http(s) URL or a function of the report' });
  }
  if (options.sinkId !== undefined && !/^\S+$/.test(options.sinkId)) {
    issues.push({ path: 'sinkId', message: 'must be a non-empty string without whitespace' });
  }
  return issues;
}

/** Throws an `InvalidInputError` naming every invalid option of `createPagerDutyNoteSink`. */
export function checkNoteSinkOptions(options: PagerDutyNoteSinkOptions): void {
  const issues = optionIssues(options);
  if (issues.length > 0) throw new InvalidInputError({ source: 'PagerDuty note sink options', issues });
}
