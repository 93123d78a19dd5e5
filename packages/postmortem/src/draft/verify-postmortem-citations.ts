import type { IncidentTimeline } from '../timeline/incident-timeline.js';
import type { PostmortemDraft } from './postmortem-draft.js';

/** One problem {@link verifyPostmortemCitations} found. */
export interface PostmortemCitationProblem {
  readonly section: string;
  /** Index of the statement in its section; -1 for problems about the whole draft. */
  readonly statement: number;
  readonly message: string;
}

/** The outcome of {@link verifyPostmortemCitations}. */
export interface PostmortemCitationReport {
  /** True when `problems` is empty. */
  readonly ok: boolean;
  readonly problems: readonly PostmortemCitationProblem[];
  /** Statements checked, and how many cite at least one entry. */
  readonly statements: number;
  readonly citedStatements: number;
}

/**
 * Checks that every claim of a draft rests on the recorded timeline: each statement other than `no-data`
 * cites at least one entry; every cited entry id is an entry of `timeline`; every cited evidence id is
 * recorded in one of its `triage-report` entries; `no-data` statements cite nothing; and the timeline
 * section covers every entry. Use it in tests and before publishing a draft someone edited.
 */
export function verifyPostmortemCitations(
  draft: Pick<PostmortemDraft, 'sections'>,
  timeline: Pick<IncidentTimeline, 'entries'>,
): PostmortemCitationReport {
  const entryIds = new Set(timeline.entries.map((entry) => entry.id));
  const evidenceIds = new Set(
    timeline.entries.flatMap((entry) =>
      entry.kind === 'triage-report' ? entry.report.evidence.map((item) => item.id) : [],
    ),
  );
  const problems: PostmortemCitationProblem[] = [];
  let statements = 0;
  let citedStatements = 0;
  for (const section of draft.sections) {
    section.statements.forEach((statement, index) => {
      statements += 1;
      const problem = (message: string) =>
        problems.push({ section: section.name, statement: index, message });
      if (statement.kind === 'no-data') {
        if (statement.entryIds.length > 0 || statement.evidenceIds.length > 0)
          problem('a no-data statement cites ids');
        return;
      }
      if (statement.entryIds.length === 0)
        problem(`cites no timeline entry: "${statement.text.slice(0, 80)}"`);
      else citedStatements += 1;
      for (const id of statement.entryIds)
        if (!entryIds.has(id)) problem(`cites ${id}, which is not in the timeline`);
      for (const id of statement.evidenceIds) {
        if (!evidenceIds.has(id)) problem(`cites ${id}, which no recorded triage report holds`);
      }
    });
  }
  const timelineSection = draft.sections.find((section) => section.name === 'timeline');
  if (timelineSection) {
    const covered = new Set(timelineSection.statements.flatMap((statement) => statement.entryIds));
    for (const id of entryIds) {
      if (!covered.has(id))
        problems.push({
          section: 'timeline',
          statement: -1,
          message: `entry ${id} is missing from the timeline section`,
        });
    }
  }
  return { ok: problems.length === 0, problems, statements, citedStatements };
}
