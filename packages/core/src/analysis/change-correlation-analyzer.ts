import {
  type AffectedServiceFinding,
  CO_OCCURRING_LABEL,
  type FindingInput,
  type OnsetFinding,
} from '../schema/finding.js';
import type { AnalyzerV1 } from '../spec/analyzer-v1.js';
import { formatMinutes } from './format-time.js';

/**
 * Ranks changes (deploys, rollouts, commits, infrastructure API calls) by how close before the onset they
 * happened and whether they touch an affected service. Every candidate is labelled
 * "co-occurring — not proven causal": proximity is a lead for a human, not a verdict.
 *
 * Score = proximity × service weight. Proximity decays with the minutes before the onset
 * (e^(-minutes/`decayMinutes`), default 60); changes after the onset keep a small weight (they may be
 * reactions, or the onset may be misjudged). Service weight: 3 for the most affected service, 2 for other
 * affected services scoring at least `relevantShare` (default 0.25) of the top service's score, 1 when
 * the change names no service, 0.5 for any other service.
 */
export function createChangeCorrelationAnalyzer(
  options: { decayMinutes?: number; maxChanges?: number; relevantShare?: number } = {},
): AnalyzerV1 {
  const decayMinutes = options.decayMinutes ?? 60;
  const relevantShare = options.relevantShare ?? 0.25;
  const maxChanges = options.maxChanges ?? 20;
  return {
    specificationVersion: 'v1',
    analyzerId: 'change-correlation',
    doAnalyze({ alert, evidence, findings }) {
      const onset = findings.find((finding): finding is OnsetFinding => finding.type === 'onset');
      const onsetTime = Date.parse(onset?.time ?? alert.startsAt);
      const affected = findings
        .filter((finding): finding is AffectedServiceFinding => finding.type === 'affected-service')
        .sort((a, b) => b.score - a.score);
      const topService = affected[0]?.service ?? null;
      // Services far below the top one (background warnings only) do not make a change relevant.
      const topScore = affected[0]?.score ?? 0;
      const affectedServices = new Set(
        affected
          .filter((finding) => finding.score >= topScore * relevantShare)
          .map((finding) => finding.service),
      );
      const candidates = evidence
        .filter((item) => item.kind === 'change')
        .map((item) => {
          const minutesBeforeOnset = Math.round(((onsetTime - Date.parse(item.time)) / 60_000) * 100) / 100;
          const proximity =
            minutesBeforeOnset >= 0
              ? Math.exp(-minutesBeforeOnset / decayMinutes)
              : 0.2 * Math.exp(minutesBeforeOnset / 15);
          const touchesAffectedService = item.service !== null && affectedServices.has(item.service);
          const weight =
            item.service === null ? 1 : item.service === topService ? 3 : touchesAffectedService ? 2 : 0.5;
          const score = Math.round(proximity * weight * 10_000) / 10_000;
          const when =
            minutesBeforeOnset >= 0
              ? `${formatMinutes(minutesBeforeOnset)} before the onset`
              : `${formatMinutes(-minutesBeforeOnset)} after the onset`;
          const where = item.service
            ? touchesAffectedService
              ? `affected service ${item.service}`
              : `${item.service} (not among the affected services)`
            : 'no specific service';
          const text = (item.text.split('\n', 1)[0] ?? '').slice(0, 200);
          const finding: FindingInput = {
            type: 'change',
            title: `${text} — ${when}, ${where}`,
            time: item.time,
            service: item.service,
            minutesBeforeOnset,
            touchesAffectedService,
            score,
            causality: CO_OCCURRING_LABEL,
            evidenceIds: [item.id, ...(onset ? onset.evidenceIds.slice(0, 1) : [])],
          };
          return finding as FindingInput & { score: number; time: string };
        })
        .sort((a, b) => b.score - a.score || (a.time > b.time ? -1 : a.time < b.time ? 1 : 0));
      return { findings: candidates.slice(0, maxChanges) };
    },
  };
}
