import type { TriageReport } from '@triagekit/core';
import { httpUrl } from '../internal/http-url.js';
import type { ReportUrlOption } from './pagerduty-note-sink-options.js';

/** The report's link as an http(s) URL, or `undefined` when there is none or it is not http(s). */
export function resolveReportUrl(
  option: ReportUrlOption | undefined,
  report: TriageReport,
): string | undefined {
  const value = typeof option === 'function' ? option(report) : option;
  return httpUrl(value);
}
