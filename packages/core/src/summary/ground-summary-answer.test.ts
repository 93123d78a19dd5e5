import { describe, expect, it } from 'vitest';
import { CO_OCCURRING_LABEL } from '../schema/finding.js';
import { groundSummaryAnswer } from './ground-summary-answer.js';
import type { SummaryAnswer } from './summary-answer-schema.js';

const citableIds = new Map<string, readonly string[]>([
  ['ev_log', ['ev_log']],
  ['ev_change', ['ev_change']],
  ['fd_change', ['ev_change', 'ev_log']],
  ['fd_pattern', ['ev_log']],
]);
const context = {
  citableIds,
  changeIds: new Set(['ev_change', 'fd_change']),
  unmask: (text: string) => text,
};

function answer(partial: Partial<SummaryAnswer>): SummaryAnswer {
  return {
    overview: { text: 'inventory exhausts its connection pool', evidenceIds: ['fd_pattern'] },
    affectedServices: [],
    sequenceOfEvents: [],
    errorPatterns: [],
    areasToInvestigate: [],
    ...partial,
  };
}

describe('groundSummaryAnswer', () => {
  it('keeps cited claims and expands finding ids to their evidence', () => {
    const grounded = groundSummaryAnswer(
      answer({ errorPatterns: [{ text: '22 pool errors', evidenceIds: ['fd_pattern', 'ev_log'] }] }),
      context,
    );
    expect(grounded.overview).toEqual({
      text: 'inventory exhausts its connection pool',
      evidenceIds: ['ev_log'],
    });
    expect(grounded.sections.errorPatterns).toEqual([{ text: '22 pool errors', evidenceIds: ['ev_log'] }]);
    expect(grounded.dropped).toEqual({ uncited: 0, unknownEvidenceId: 0, emptyText: 0 });
  });

  it('drops uncited, unknown-id and empty claims and counts each reason', () => {
    const grounded = groundSummaryAnswer(
      answer({
        overview: { text: 'all is well', evidenceIds: [] },
        affectedServices: [
          { text: 'checkout is down', evidenceIds: ['ev_made_up'] },
          { text: 'inventory is down', evidenceIds: ['ev_log', 'ev_made_up'] },
          { text: '   ', evidenceIds: ['ev_log'] },
          { text: 'inventory errors', evidenceIds: ['ev_log'] },
        ],
      }),
      context,
    );
    expect(grounded.overview).toBeNull();
    expect(grounded.sections.affectedServices.map((claim) => claim.text)).toEqual(['inventory errors']);
    expect(grounded.dropped).toEqual({ uncited: 1, unknownEvidenceId: 2, emptyText: 1 });
  });

  it('hedges causal wording in claims about changes, keeping the original', () => {
    const grounded = groundSummaryAnswer(
      answer({
        areasToInvestigate: [
          { text: 'The pool change caused the errors', evidenceIds: ['fd_change'] },
          { text: 'Checkout fails because inventory times out', evidenceIds: ['ev_log'] },
        ],
      }),
      context,
    );
    const [change, symptom] = grounded.sections.areasToInvestigate;
    expect(change?.text).toBe(`The pool change co-occurred with the errors (${CO_OCCURRING_LABEL})`);
    expect(change?.originalText).toBe('The pool change caused the errors');
    expect(change?.evidenceIds).toEqual(['ev_change', 'ev_log']);
    expect(symptom).toEqual({ text: 'Checkout fails because inventory times out', evidenceIds: ['ev_log'] });
    expect(grounded.causalClaimsRewritten).toBe(1);
  });

  it('unmasks claim texts and cited ids before checking them', () => {
    const grounded = groundSummaryAnswer(
      answer({ affectedServices: [{ text: 'pod-1 restarts', evidenceIds: ['ev_masked'] }] }),
      {
        ...context,
        unmask: (text) => text.replace('pod-1', 'checkout-7d9f8c6b5-x2x7k').replace('ev_masked', 'ev_log'),
      },
    );
    expect(grounded.sections.affectedServices).toEqual([
      { text: 'checkout-7d9f8c6b5-x2x7k restarts', evidenceIds: ['ev_log'] },
    ]);
  });
});
