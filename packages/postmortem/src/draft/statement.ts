import type { PostmortemStatement, PostmortemStatementKind } from './postmortem-draft.js';

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function statement(
  kind: PostmortemStatementKind,
  text: string,
  entryIds: readonly string[],
  evidenceIds: readonly string[],
): PostmortemStatement {
  return {
    kind,
    text,
    entryIds: unique(entryIds),
    evidenceIds: unique(evidenceIds),
    origin: 'deterministic',
  };
}

/** A statement read from the timeline, citing the entries (and evidence) it rests on. */
export function fact(text: string, entryIds: readonly string[], evidenceIds: readonly string[] = []) {
  return statement('fact', text, entryIds, evidenceIds);
}

/** A possible trigger or cause for a human to confirm; cited like a fact, never presented as one. */
export function hypothesis(text: string, entryIds: readonly string[], evidenceIds: readonly string[] = []) {
  return statement('hypothesis', text, entryIds, evidenceIds);
}

/** Proposed follow-up work, citing what suggested it. */
export function actionItem(text: string, entryIds: readonly string[], evidenceIds: readonly string[] = []) {
  return statement('action-item', text, entryIds, evidenceIds);
}

/** Says what the timeline cannot support, instead of guessing. Cites nothing. */
export function noData(text: string): PostmortemStatement {
  return statement('no-data', text, [], []);
}
