import type {
  AffectedServiceFinding,
  ChangeFinding,
  ErrorPatternFinding,
  FindingInput,
  OnsetFinding,
} from '../schema/finding.js';
import type { AnalyzerV1 } from '../spec/analyzer-v1.js';
import { formatClockTime, formatMinutes } from './format-time.js';

type Suggestion = Omit<Extract<FindingInput, { type: 'suggestion' }>, 'priority'>;

/**
 * Suggests where a human should look next, from the findings before it: the top change on an affected
 * service, the most affected service's leading error pattern, callers failing on a dependency, and the
 * warning events of the top service. Suggestions are text for a person; nothing is executed.
 */
export function createSuggestionsAnalyzer(options: { maxSuggestions?: number } = {}): AnalyzerV1 {
  const maxSuggestions = options.maxSuggestions ?? 6;
  return {
    specificationVersion: 'v1',
    analyzerId: 'suggestions',
    doAnalyze({ findings, evidence }) {
      const affected = findings
        .filter((finding): finding is AffectedServiceFinding => finding.type === 'affected-service')
        .sort((a, b) => b.score - a.score);
      const changes = findings.filter((finding): finding is ChangeFinding => finding.type === 'change');
      const patterns = findings.filter(
        (finding): finding is ErrorPatternFinding => finding.type === 'error-pattern',
      );
      const onset = findings.find((finding): finding is OnsetFinding => finding.type === 'onset');
      const suggestions: Suggestion[] = [];
      const top = affected[0];

      const topChange = changes.find(
        (change) => change.touchesAffectedService && change.minutesBeforeOnset >= 0,
      );
      if (topChange) {
        suggestions.push({
          type: 'suggestion',
          title: `Review the change to ${topChange.service}: ${topChange.title.split(' — ')[0]}`,
          detail: `It is the highest-ranked change before the onset (${formatMinutes(topChange.minutesBeforeOnset)} earlier) on an affected service — ${topChange.causality}. Compare what it changed with the errors below; whether to roll it back is a decision for a human.`,
          evidenceIds: topChange.evidenceIds,
        });
      } else if (changes.length === 0) {
        suggestions.push({
          type: 'suggestion',
          title: 'No recorded change before the onset',
          detail:
            'No collector reported a deploy, rollout, commit or infrastructure change in the window. Look at traffic, dependencies and capacity, or add a change collector.',
          evidenceIds:
            onset?.evidenceIds ??
            evidence
              .filter((item) => item.kind === 'alert')
              .map((item) => item.id)
              .slice(0, 1),
        });
      }

      if (top) {
        const leading = patterns.find((pattern) => pattern.services.includes(top.service));
        if (leading) {
          suggestions.push({
            type: 'suggestion',
            title: `Investigate ${top.service}: "${leading.template.slice(0, 120)}" (${leading.count}× since ${formatClockTime(leading.firstSeen)})`,
            detail: `The leading ${leading.severity} pattern of the most affected service. Its first occurrence marks where to start reading logs.`,
            evidenceIds: leading.evidenceIds.slice(0, 3),
          });
        }
        const callerReason = top.reasons.find((reason) => reason.startsWith('named in '));
        if (callerReason) {
          suggestions.push({
            type: 'suggestion',
            title: `Treat callers' errors as symptoms of ${top.service}`,
            detail: `Other services fail when calling it (${callerReason}). Fixing ${top.service} likely clears their errors; check them again afterwards.`,
            evidenceIds: top.evidenceIds,
          });
        }
        const eventReason = top.reasons.find((reason) => reason.includes('(events: '));
        const warningEvent = evidence.find(
          (item) => item.kind === 'event' && item.service === top.service && item.severity === 'warning',
        );
        if (eventReason && warningEvent) {
          suggestions.push({
            type: 'suggestion',
            title: `Check the health of the ${top.service} workloads`,
            detail: `Warning events were recorded: ${eventReason}.`,
            evidenceIds: [warningEvent.id],
          });
        }
      }
      const findingsOut: FindingInput[] = suggestions
        .slice(0, maxSuggestions)
        .map((suggestion, index) => ({ ...suggestion, priority: index + 1 }));
      return { findings: findingsOut };
    },
  };
}
