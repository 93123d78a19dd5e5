import type { SummaryClaim, SummarySections } from '../schema/triage-report.js';
import { hedgeCausalLanguage, mentionsChange } from './causal-language.js';
import {
  SUMMARY_SECTION_KEYS,
  type SummaryAnswer,
  type SummaryAnswerClaim,
} from './summary-answer-schema.js';

/** Most characters kept of one claim; longer ones are cut with `…`. */
const MAX_CLAIM_CHARACTERS = 1_000;

/** What grounding checks claims against. */
export interface GroundingContext {
  /** Each id the model was shown → the evidence ids it stands for (see `SummaryPrompt.citableIds`). */
  readonly citableIds: ReadonlyMap<string, readonly string[]>;
  /** Citable ids that stand for changes. */
  readonly changeIds: ReadonlySet<string>;
  /** Reverses identifier masking in texts and cited ids; identity when masking was off. */
  readonly unmask: (text: string) => string;
}

/** Claims dropped, by reason. */
export interface DroppedClaims {
  uncited: number;
  unknownEvidenceId: number;
  emptyText: number;
}

/** The outcome of {@link groundSummaryAnswer}. */
export interface GroundedSummary {
  /** The overview, or `null` when it was dropped. */
  readonly overview: SummaryClaim | null;
  readonly sections: SummarySections;
  readonly dropped: DroppedClaims;
  /** Kept claims (overview included) whose causal wording about a change was hedged. */
  readonly causalClaimsRewritten: number;
}

/**
 * Keeps the claims whose every citation is an id the model was shown, replacing finding ids by the evidence
 * they cite (so every id in the result resolves in `report.evidence`); drops the others and counts why.
 * Claims about changes (citing one, or naming a deploy, rollout, config change, ...) have causal wording
 * hedged, with the model's wording kept in `originalText`. Identifiers are unmasked first. Pure.
 */
export function groundSummaryAnswer(answer: SummaryAnswer, context: GroundingContext): GroundedSummary {
  const dropped: DroppedClaims = { uncited: 0, unknownEvidenceId: 0, emptyText: 0 };
  let causalClaimsRewritten = 0;

  const ground = (claim: SummaryAnswerClaim): SummaryClaim | null => {
    const unmasked = context.unmask(claim.text).replace(/\s+/g, ' ').trim();
    if (unmasked === '') {
      dropped.emptyText += 1;
      return null;
    }
    const cited = [
      ...new Set(claim.evidenceIds.map((id) => context.unmask(id.trim())).filter((id) => id !== '')),
    ];
    if (cited.length === 0) {
      dropped.uncited += 1;
      return null;
    }
    if (cited.some((id) => !context.citableIds.has(id))) {
      dropped.unknownEvidenceId += 1;
      return null;
    }
    const evidenceIds = [...new Set(cited.flatMap((id) => context.citableIds.get(id) ?? []))];
    const text =
      unmasked.length > MAX_CLAIM_CHARACTERS ? `${unmasked.slice(0, MAX_CLAIM_CHARACTERS - 1)}…` : unmasked;
    const aboutChange = cited.some((id) => context.changeIds.has(id)) || mentionsChange(text);
    const hedged = aboutChange ? hedgeCausalLanguage(text) : { text, rewritten: false };
    if (!hedged.rewritten) return { text, evidenceIds };
    causalClaimsRewritten += 1;
    return { text: hedged.text, evidenceIds, originalText: text };
  };

  const overview = ground(answer.overview);
  const sections = Object.fromEntries(
    SUMMARY_SECTION_KEYS.map((key) => [
      key,
      answer[key].map(ground).filter((claim): claim is SummaryClaim => claim !== null),
    ]),
  ) as unknown as SummarySections;
  return { overview, sections, dropped, causalClaimsRewritten };
}
