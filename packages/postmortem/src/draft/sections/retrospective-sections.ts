import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { noData } from '../statement.js';
import { judgeRetrospective } from './retrospective-findings.js';
import type { RetrospectiveTargets } from './retrospective-targets.js';

function withGaps(
  statements: PostmortemStatement[],
  missing: readonly string[],
  what: string,
): PostmortemStatement[] {
  if (missing.length === 0) return statements;
  const gaps = noData(`Not enough data to judge everything (${missing.join('; ')}).`);
  return statements.length > 0
    ? [...statements, gaps]
    : [noData(`No data to judge ${what}: ${missing.join('; ')}.`)];
}

/** What went well and what went badly, from {@link judgeRetrospective}; each says which data it lacked. */
export function draftRetrospectiveSections(
  facts: IncidentFacts,
  targets?: RetrospectiveTargets,
): { wentWell: PostmortemStatement[]; wentBadly: PostmortemStatement[] } {
  const findings = judgeRetrospective(facts, targets);
  const wentWell = withGaps(findings.wentWell, findings.missing, 'what went well');
  const wentBadly = withGaps(findings.wentBadly, findings.missing, 'what went badly');
  return {
    wentWell: wentWell.length > 0 ? wentWell : [noData('Nothing in the timeline points to what went well.')],
    wentBadly:
      wentBadly.length > 0 ? wentBadly : [noData('Nothing in the timeline points to what went badly.')],
  };
}
