/** How much of a report goes into a summary prompt. Items are always taken in rank order. */
export interface SummaryContextLimits {
  readonly affectedServices: number;
  /** Timeline entries; alerts, changes and pattern onsets first, then those nearest the onset. */
  readonly timelineEntries: number;
  readonly errorPatterns: number;
  /** Example evidence lines shown under each error pattern. */
  readonly samplesPerPattern: number;
  readonly changes: number;
  readonly suggestions: number;
  /** Findings of other types (observations from custom analyzers). */
  readonly otherFindings: number;
  /** Runbook matches, shown only when retrieval was confident. */
  readonly runbooks: number;
  /** Characters of each runbook excerpt; 0 shows titles only. */
  readonly runbookExcerptCharacters: number;
  /** Characters of any other quoted value (a log line, a title, a template). */
  readonly valueCharacters: number;
}

/**
 * The context sizes tried, largest first, until the prompt fits its token limit. Each step drops the
 * lowest-ranked material first (pattern samples, distant timeline entries, runbook excerpts, minor findings)
 * and the last one keeps only the alert, the onset and the top three services, patterns and changes.
 */
export const SUMMARY_CONTEXT_LEVELS: readonly SummaryContextLimits[] = [
  {
    affectedServices: 10,
    timelineEntries: 40,
    errorPatterns: 15,
    samplesPerPattern: 2,
    changes: 10,
    suggestions: 6,
    otherFindings: 10,
    runbooks: 3,
    runbookExcerptCharacters: 600,
    valueCharacters: 600,
  },
  {
    affectedServices: 8,
    timelineEntries: 30,
    errorPatterns: 12,
    samplesPerPattern: 1,
    changes: 8,
    suggestions: 6,
    otherFindings: 6,
    runbooks: 3,
    runbookExcerptCharacters: 300,
    valueCharacters: 400,
  },
  {
    affectedServices: 6,
    timelineEntries: 20,
    errorPatterns: 10,
    samplesPerPattern: 1,
    changes: 6,
    suggestions: 5,
    otherFindings: 4,
    runbooks: 2,
    runbookExcerptCharacters: 200,
    valueCharacters: 300,
  },
  {
    affectedServices: 5,
    timelineEntries: 12,
    errorPatterns: 8,
    samplesPerPattern: 0,
    changes: 5,
    suggestions: 4,
    otherFindings: 2,
    runbooks: 2,
    runbookExcerptCharacters: 0,
    valueCharacters: 240,
  },
  {
    affectedServices: 4,
    timelineEntries: 8,
    errorPatterns: 5,
    samplesPerPattern: 0,
    changes: 4,
    suggestions: 3,
    otherFindings: 0,
    runbooks: 1,
    runbookExcerptCharacters: 0,
    valueCharacters: 200,
  },
  {
    affectedServices: 3,
    timelineEntries: 4,
    errorPatterns: 3,
    samplesPerPattern: 0,
    changes: 3,
    suggestions: 2,
    otherFindings: 0,
    runbooks: 0,
    runbookExcerptCharacters: 0,
    valueCharacters: 160,
  },
  {
    affectedServices: 3,
    timelineEntries: 0,
    errorPatterns: 3,
    samplesPerPattern: 0,
    changes: 3,
    suggestions: 0,
    otherFindings: 0,
    runbooks: 0,
    runbookExcerptCharacters: 0,
    valueCharacters: 120,
  },
];
