import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPaymentsIncident } from '../__fixtures__/payments-incident-timeline.js';
import type { IncidentTimeline } from '../timeline/incident-timeline.js';
import { draftPostmortem } from './draft-postmortem.js';
import type { PostmortemDraft, PostmortemSection } from './postmortem-draft.js';
import { verifyPostmortemCitations } from './verify-postmortem-citations.js';

let directory: string;
let timeline: IncidentTimeline;
let draft: PostmortemDraft;
beforeAll(async () => {
  ({ directory, timeline } = await recordPaymentsIncident());
  draft = await draftPostmortem({ timeline });
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

function withSection(name: string, change: (section: PostmortemSection) => PostmortemSection) {
  return { sections: draft.sections.map((section) => (section.name === name ? change(section) : section)) };
}

describe('verifyPostmortemCitations', () => {
  it('passes an untouched draft', () => {
    expect(verifyPostmortemCitations(draft, timeline)).toMatchObject({ ok: true, problems: [] });
  });

  it('catches invented entries and evidence, uncited claims, cited no-data and a timeline gap', () => {
    const tampered = withSection('summary', (section) => ({
      ...section,
      statements: [
        { kind: 'fact', text: 'Revenue fell 40 %.', entryIds: [], evidenceIds: [], origin: 'llm' },
        {
          kind: 'fact',
          text: 'A DNS change happened.',
          entryIds: ['te_0000000000000000'],
          evidenceIds: ['ev_dns'],
          origin: 'llm',
        },
        {
          kind: 'no-data',
          text: 'No resolution.',
          entryIds: [timeline.entries[0]?.id ?? ''],
          evidenceIds: [],
          origin: 'deterministic',
        },
      ],
    }));
    const withoutFirstEntry = {
      sections: tampered.sections.map((section) =>
        section.name === 'timeline' ? { ...section, statements: section.statements.slice(1) } : section,
      ),
    };
    const result = verifyPostmortemCitations(withoutFirstEntry, timeline);
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => [problem.section, problem.statement, problem.message])).toEqual([
      ['summary', 0, 'cites no timeline entry: "Revenue fell 40 %."'],
      ['summary', 1, 'cites te_0000000000000000, which is not in the timeline'],
      ['summary', 1, 'cites ev_dns, which no recorded triage report holds'],
      ['summary', 2, 'a no-data statement cites ids'],
      ['timeline', -1, expect.stringMatching(/^entry te_[0-9a-f]{16} is missing from the timeline section$/)],
    ]);
  });
});
