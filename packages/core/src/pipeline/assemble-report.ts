import { stableHash } from '../internal/stable-hash.js';
import type { Alert } from '../schema/alert.js';
import type { Evidence } from '../schema/evidence.js';
import type {
  AffectedServiceFinding,
  ChangeFinding,
  ErrorPatternFinding,
  Finding,
  OnsetFinding,
  SuggestionFinding,
  TimelineEntryFinding,
} from '../schema/finding.js';
import { REPORT_SCHEMA_VERSION, type TriageReport } from '../schema/triage-report.js';

type ReportParts = Omit<
  TriageReport,
  | 'schemaVersion'
  | 'id'
  | 'onset'
  | 'affectedServices'
  | 'timeline'
  | 'errorPatterns'
  | 'changes'
  | 'suggestions'
  | 'otherFindings'
  | 'evidence'
  | 'alert'
>;

const SECTION_TYPES = new Set([
  'onset',
  'affected-service',
  'timeline-entry',
  'error-pattern',
  'change',
  'suggestion',
]);

/**
 * Sorts findings into the report's sections and embeds every evidence item any of them cites (and no
 * other), so each evidence id in the report resolves inside it. The report id is derived from the alert
 * and the configuration, so replays of the same incident get the same id.
 */
export function assembleReport(options: {
  alert: Alert;
  findings: readonly Finding[];
  evidenceById: ReadonlyMap<string, Evidence>;
  parts: ReportParts;
}): TriageReport {
  const { findings } = options;
  const ofType = <T extends Finding>(type: T['type']) =>
    findings.filter((finding): finding is T => finding.type === type);
  const cited = new Set<string>();
  for (const finding of findings) for (const id of finding.evidenceIds) cited.add(id);
  const evidence = [...cited]
    .map((id) => options.evidenceById.get(id))
    .filter((item): item is Evidence => item !== undefined)
    .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : 1));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    id: `rpt_${stableHash([options.alert.fingerprint, options.alert.startsAt, options.parts.provenance.configHash])}`,
    ...options.parts,
    alert: options.alert,
    onset: ofType<OnsetFinding>('onset')[0] ?? null,
    affectedServices: ofType<AffectedServiceFinding>('affected-service').sort(
      (a, b) => b.score - a.score || (a.service < b.service ? -1 : 1),
    ),
    timeline: ofType<TimelineEntryFinding>('timeline-entry').sort((a, b) =>
      a.time < b.time ? -1 : a.time > b.time ? 1 : 0,
    ),
    errorPatterns: ofType<ErrorPatternFinding>('error-pattern'),
    changes: ofType<ChangeFinding>('change').sort((a, b) => b.score - a.score),
    suggestions: ofType<SuggestionFinding>('suggestion').sort((a, b) => a.priority - b.priority),
    otherFindings: findings.filter((finding) => !SECTION_TYPES.has(finding.type)),
    evidence,
  };
}
