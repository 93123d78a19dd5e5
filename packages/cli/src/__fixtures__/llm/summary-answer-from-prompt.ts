import { splitPrompt } from '../../../../core/src/summary/__fixtures__/split-prompt.js';

/** An evidence id no prompt ever shows: the claim citing it must be dropped. */
export const MADE_UP_EVIDENCE_ID = 'ev_00000000deadbeef';

/** Causal wording about a change, which the pipeline must hedge. */
export const CAUSAL_CLAIM = 'The rollout caused the outage.';

/** One claim as the model writes it. */
interface WireClaim {
  readonly text: string;
  readonly evidenceIds: readonly string[];
}

/** The JSON answer a well-behaved model gives to a summary prompt (`SUMMARY_ANSWER_JSON_SCHEMA`). */
export interface SummaryWireAnswer {
  readonly overview: WireClaim;
  readonly affectedServices: readonly WireClaim[];
  readonly sequenceOfEvents: readonly WireClaim[];
  readonly errorPatterns: readonly WireClaim[];
  readonly areasToInvestigate: readonly WireClaim[];
}

const PLACEHOLDER = /(?<![\w.-])(?:host|pod|ip|email|ns)-\d+(?![\w-])/g;

/**
 * Answers a summary prompt the way a model would, from what the prompt shows: claims cite the ids of its
 * `<data>` blocks (the alert, the most affected service, the top error pattern and suggestion), one claim
 * says {@link CAUSAL_CLAIM} citing the top change, and one cites {@link MADE_UP_EVIDENCE_ID}. With masking,
 * one claim names the first placeholders it saw (`host-1`, `pod-2`), which the pipeline must unmask.
 * @throws Error when the prompt has no data block to cite, i.e. the prompt is not a summary prompt.
 */
export function summaryAnswerFromPrompt(prompt: string): SummaryWireAnswer {
  const blocks = splitPrompt(prompt).blocks.map((block) => block.attributes);
  const idOf = (match: (attributes: Record<string, string>) => boolean): string | undefined =>
    blocks.find((attributes) => attributes.id !== undefined && match(attributes))?.id;
  const evidenceId = idOf((attributes) => attributes.kind !== undefined);
  if (evidenceId === undefined) throw new Error('the prompt has no data block with an evidence id');
  const alertId = idOf((attributes) => attributes.kind === 'alert') ?? evidenceId;
  const serviceId = idOf((attributes) => attributes.type === 'affected-service') ?? evidenceId;
  const changeId = idOf((attributes) => attributes.type === 'change') ?? evidenceId;
  const patternId = idOf((attributes) => attributes.type === 'error-pattern') ?? evidenceId;
  const suggestionId = idOf((attributes) => attributes.type === 'suggestion') ?? evidenceId;
  const placeholders = [...new Set(prompt.match(PLACEHOLDER) ?? [])].slice(0, 6);
  return {
    overview: {
      text: 'The alert fired while errors rose in the most affected service.',
      evidenceIds: [alertId],
    },
    affectedServices: [{ text: 'One service carries most of the errors.', evidenceIds: [serviceId] }],
    sequenceOfEvents: [{ text: CAUSAL_CLAIM, evidenceIds: [changeId] }],
    errorPatterns: [
      { text: 'The top error pattern started near the onset.', evidenceIds: [patternId] },
      { text: 'The database cluster failed over.', evidenceIds: [MADE_UP_EVIDENCE_ID] },
    ],
    areasToInvestigate: [
      { text: 'Start with the first suggestion of the deterministic analysis.', evidenceIds: [suggestionId] },
      ...(placeholders.length > 0
        ? [{ text: `Look at ${placeholders.join(', ')}.`, evidenceIds: [evidenceId] }]
        : []),
    ],
  };
}
