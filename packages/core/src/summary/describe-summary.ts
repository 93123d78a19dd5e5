import type { LlmSummary, SummaryClaim } from '../schema/triage-report.js';
import type { GroundedSummary } from './ground-summary-answer.js';
import { SUMMARY_SECTION_KEYS } from './summary-answer-schema.js';

/** Shown as `summary.text` when the model's overview had to be dropped. */
export const DROPPED_OVERVIEW_NOTE =
  "The model's overview cited no evidence that resolves and was dropped; the cited claims below remain.";

function droppedDetail(grounded: GroundedSummary): string {
  const { uncited, unknownEvidenceId, emptyText } = grounded.dropped;
  const parts = [
    uncited > 0 ? `${uncited} uncited` : '',
    unknownEvidenceId > 0 ? `${unknownEvidenceId} citing ids not in the data` : '',
    emptyText > 0 ? `${emptyText} empty` : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * Turns a grounded answer into the report's summary and status line. The summary is `null` when no claim,
 * overview included, survived grounding; the status then says how many were dropped and why.
 */
export function describeSummary(options: {
  grounded: GroundedSummary;
  providerId: string;
  modelId: string;
  maskedIdentifiers: number;
  notes: readonly string[];
}): { summary: LlmSummary | null; status: string } {
  const { grounded, providerId, modelId } = options;
  const claims: SummaryClaim[] = SUMMARY_SECTION_KEYS.flatMap((key) => grounded.sections[key]);
  const dropped = grounded.dropped.uncited + grounded.dropped.unknownEvidenceId + grounded.dropped.emptyText;
  const label = `${providerId}/${modelId}`;
  const notes = options.notes.length > 0 ? ` ${options.notes.join(' ')}` : '';
  if (claims.length === 0 && grounded.overview === null) {
    return {
      summary: null,
      status: `No summary: the answer of ${label} had no claim whose citations resolve; ${dropped} claim(s) dropped${droppedDetail(grounded)}.${notes}`,
    };
  }
  const kept = claims.length + (grounded.overview ? 1 : 0);
  const masked =
    options.maskedIdentifiers > 0 ? `; ${options.maskedIdentifiers} identifier(s) masked in the prompt` : '';
  return {
    summary: {
      providerId,
      modelId,
      text: grounded.overview?.text ?? DROPPED_OVERVIEW_NOTE,
      claims,
      droppedClaims: dropped,
      overviewEvidenceIds: grounded.overview?.evidenceIds ?? [],
      sections: grounded.sections,
      droppedClaimsByReason: { ...grounded.dropped },
      causalClaimsRewritten: grounded.causalClaimsRewritten,
      maskedIdentifiers: options.maskedIdentifiers,
    },
    status: `Summary by ${label}: ${kept} cited claim(s) kept, ${dropped} dropped${droppedDetail(grounded)}; ${grounded.causalClaimsRewritten} causal phrasing(s) about changes hedged${masked}.${notes}`,
  };
}
