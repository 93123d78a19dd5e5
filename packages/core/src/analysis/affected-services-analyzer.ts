import type { Evidence } from '../schema/evidence.js';
import type { FindingInput } from '../schema/finding.js';
import type { AnalyzerV1 } from '../spec/analyzer-v1.js';
import { ALERT_EVIDENCE_COLLECTOR_ID } from './alert-evidence.js';
import { formatClockTime, sampleIds } from './format-time.js';

/** Alert labels that name the service an alert is about, most specific first. */
export const SERVICE_LABELS = [
  'service',
  'app',
  'app_kubernetes_io_name',
  'application',
  'deployment',
  'container',
  'job',
];

interface ServiceStats {
  errors: string[];
  warnings: string[];
  firstError: string | null;
  mentionedBy: Map<string, string[]>;
  warningEventReasons: Map<string, number>;
}

function isError(item: Evidence): boolean {
  return item.severity === 'error' || item.severity === 'critical';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The service an alert names through its labels, if any. */
export function serviceFromAlertLabels(labels: Readonly<Record<string, string>>): string | null {
  for (const key of SERVICE_LABELS) {
    const value = labels[key];
    if (value) return value;
  }
  return null;
}

/**
 * Ranks the services the incident affects, with the reasons: named by the alert, error volume, warning
 * events, how early their errors began, and how often other services' errors name them (callers failing
 * on a dependency point at the dependency). Deterministic.
 */
export function createAffectedServicesAnalyzer(options: { maxServices?: number } = {}): AnalyzerV1 {
  const maxServices = options.maxServices ?? 10;
  return {
    specificationVersion: 'v1',
    analyzerId: 'affected-services',
    doAnalyze({ alert, evidence }) {
      const stats = new Map<string, ServiceStats>();
      const statsFor = (service: string): ServiceStats => {
        let entry = stats.get(service);
        if (!entry) {
          entry = {
            errors: [],
            warnings: [],
            firstError: null,
            mentionedBy: new Map(),
            warningEventReasons: new Map(),
          };
          stats.set(service, entry);
        }
        return entry;
      };
      const alertService = serviceFromAlertLabels(alert.labels);
      if (alertService) statsFor(alertService);
      for (const item of evidence) if (item.service) statsFor(item.service);
      const names = [...stats.keys()].sort();
      const mentionPatterns = names.map((name) => ({
        name,
        pattern: new RegExp(`(?:^|[^A-Za-z0-9_-])${escapeRegExp(name)}(?:$|[^A-Za-z0-9_-])`, 'i'),
      }));

      for (const item of evidence) {
        if (!item.service || (item.kind !== 'log' && item.kind !== 'event' && item.kind !== 'metric'))
          continue;
        const entry = statsFor(item.service);
        if (isError(item)) {
          entry.errors.push(item.id);
          if (entry.firstError === null || item.time < entry.firstError) entry.firstError = item.time;
          const searchable = `${item.text} ${Object.values(item.attributes).join(' ')}`;
          for (const { name, pattern } of mentionPatterns) {
            if (name === item.service || !pattern.test(searchable)) continue;
            const target = statsFor(name);
            const list = target.mentionedBy.get(item.service) ?? [];
            list.push(item.id);
            target.mentionedBy.set(item.service, list);
          }
        } else if (item.severity === 'warning') {
          entry.warnings.push(item.id);
          if (item.kind === 'event') {
            const reason = String(item.attributes.reason ?? 'warning');
            entry.warningEventReasons.set(reason, (entry.warningEventReasons.get(reason) ?? 0) + 1);
          }
        }
      }

      const firstErrorOrder = names
        .filter((name) => stats.get(name)?.firstError)
        .sort((a, b) => ((stats.get(a)?.firstError ?? '') < (stats.get(b)?.firstError ?? '') ? -1 : 1));
      const alertEvidence = evidence.find(
        (item) => item.kind === 'alert' && item.collectorId === ALERT_EVIDENCE_COLLECTOR_ID,
      );
      const scored = names.map((name) => {
        const entry = stats.get(name) as ServiceStats;
        let score = 0;
        const reasons: string[] = [];
        const evidenceIds: string[] = [];
        if (name === alertService) {
          score += 4;
          reasons.push(
            `named by the alert (${SERVICE_LABELS.find((key) => alert.labels[key] === name)}=${name})`,
          );
          if (alertEvidence) evidenceIds.push(alertEvidence.id);
        }
        if (entry.errors.length > 0) {
          score += 2 * Math.log10(1 + entry.errors.length);
          reasons.push(
            `${entry.errors.length} error line(s)/event(s), first at ${formatClockTime(entry.firstError as string)}`,
          );
          evidenceIds.push(...sampleIds(entry.errors, 3));
        }
        const earlyRank = firstErrorOrder.indexOf(name);
        if (earlyRank === 0 && firstErrorOrder.length > 1) {
          score += 1;
          reasons.push('its errors began before those of any other service');
        }
        if (entry.mentionedBy.size > 0) {
          const callers = [...entry.mentionedBy.keys()].sort();
          const mentions = callers.reduce(
            (sum, caller) => sum + (entry.mentionedBy.get(caller)?.length ?? 0),
            0,
          );
          score += callers.length + 1.5 * Math.log10(1 + mentions);
          reasons.push(`named in ${mentions} error(s) of ${callers.join(', ')}`);
          for (const caller of callers)
            evidenceIds.push(...sampleIds(entry.mentionedBy.get(caller) ?? [], 1));
        }
        if (entry.warnings.length > 0) {
          score += 0.5 * Math.log10(1 + entry.warnings.length);
          const reasonsText = [...entry.warningEventReasons.entries()]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .slice(0, 3)
            .map(([reason, count]) => `${reason} ×${count}`);
          reasons.push(
            `${entry.warnings.length} warning(s)${reasonsText.length > 0 ? ` (events: ${reasonsText.join(', ')})` : ''}`,
          );
          evidenceIds.push(...sampleIds(entry.warnings, 2));
        }
        return {
          name,
          score: Math.round(score * 1000) / 1000,
          reasons,
          evidenceIds: [...new Set(evidenceIds)],
        };
      });
      const findings: FindingInput[] = scored
        .filter((entry) => entry.evidenceIds.length > 0 && (entry.score > 0.5 || entry.name === alertService))
        .sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1))
        .slice(0, maxServices)
        .map((entry) => ({
          type: 'affected-service',
          title: `${entry.name}: ${entry.reasons[0]}`,
          service: entry.name,
          score: entry.score,
          reasons: entry.reasons,
          evidenceIds: entry.evidenceIds,
        }));
      return { findings };
    },
  };
}
