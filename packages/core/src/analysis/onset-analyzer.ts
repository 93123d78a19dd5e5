import type { ErrorPatternFinding, FindingInput } from '../schema/finding.js';
import type { AnalyzerV1 } from '../spec/analyzer-v1.js';
import { ALERT_EVIDENCE_COLLECTOR_ID } from './alert-evidence.js';
import { formatClockTime } from './format-time.js';

/**
 * Decides when the trouble started. Error patterns already present in the baseline (the first
 * `baselineShare` of the time before the alert, default 0.5) are background noise; the earliest first
 * occurrence of an error or critical pattern that is new after the baseline, with at least `minimumCount`
 * lines (default 3), is the onset. Without one, the alert's start is the onset. Never after the alert.
 */
export function createOnsetAnalyzer(
  options: { baselineShare?: number; minimumCount?: number } = {},
): AnalyzerV1 {
  const baselineShare = options.baselineShare ?? 0.5;
  const minimumCount = options.minimumCount ?? 3;
  return {
    specificationVersion: 'v1',
    analyzerId: 'onset',
    doAnalyze({ alert, window, findings, evidence }) {
      const alertTime = Date.parse(alert.startsAt);
      const baselineEnd = window.start.getTime() + (alertTime - window.start.getTime()) * baselineShare;
      const alertEvidence = evidence.find(
        (item) => item.kind === 'alert' && item.collectorId === ALERT_EVIDENCE_COLLECTOR_ID,
      );
      const candidates = findings
        .filter((finding): finding is ErrorPatternFinding => finding.type === 'error-pattern')
        .filter(
          (pattern) =>
            (pattern.severity === 'error' || pattern.severity === 'critical') &&
            pattern.count >= minimumCount &&
            Date.parse(pattern.firstSeen) > baselineEnd &&
            Date.parse(pattern.firstSeen) <= alertTime,
        )
        .sort((a, b) => (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : 0));
      const first = candidates[0];
      if (first) {
        const result: FindingInput = {
          type: 'onset',
          title: `Errors began at ${formatClockTime(first.firstSeen)}: ${first.template.slice(0, 120)}`,
          time: first.firstSeen,
          basis: 'error-onset',
          evidenceIds: [first.evidenceIds[0] as string],
        };
        return { findings: [result] };
      }
      if (!alertEvidence) return { findings: [] };
      return {
        findings: [
          {
            type: 'onset',
            title: `No new error pattern before the alert; using the alert start ${formatClockTime(alert.startsAt)}`,
            time: alert.startsAt,
            basis: 'alert-start',
            evidenceIds: [alertEvidence.id],
          },
        ],
      };
    },
  };
}
