/** The sections of a post-mortem, in the order of the default template. */
export const POSTMORTEM_SECTION_NAMES = [
  'summary',
  'impact',
  'detection',
  'timeline',
  'root-cause',
  'resolution',
  'went-well',
  'went-badly',
  'action-items',
] as const;

/** One of {@link POSTMORTEM_SECTION_NAMES}; the name templates use in `{{section:NAME}}`. */
export type PostmortemSectionName = (typeof POSTMORTEM_SECTION_NAMES)[number];

/** The heading each section has in the default template. */
export const POSTMORTEM_SECTION_TITLES: Readonly<Record<PostmortemSectionName, string>> = {
  summary: 'Summary',
  impact: 'Impact',
  detection: 'Detection',
  timeline: 'Timeline',
  'root-cause': 'Trigger and root cause (hypotheses to confirm)',
  resolution: 'Resolution',
  'went-well': 'What went well',
  'went-badly': 'What went badly',
  'action-items': 'Action items',
};

/**
 * What a statement is:
 * - `fact`: read from the timeline (or written by a model from it) and cited;
 * - `hypothesis`: a possible trigger or cause for a human to confirm or reject; cited, never a conclusion;
 * - `action-item`: proposed follow-up work; cited;
 * - `no-data`: says that the timeline cannot support the section (or part of it); cites nothing.
 */
export type PostmortemStatementKind = 'fact' | 'hypothesis' | 'action-item' | 'no-data';

/** One claim of the post-mortem with what it rests on. */
export interface PostmortemStatement {
  readonly kind: PostmortemStatementKind;
  readonly text: string;
  /** Timeline entries it rests on (`te_...`); at least one unless `kind` is `no-data`. */
  readonly entryIds: readonly string[];
  /** Evidence of recorded triage reports it rests on (`ev_...`). */
  readonly evidenceIds: readonly string[];
  /** Who wrote the sentence: the deterministic drafter or the language model. */
  readonly origin: 'deterministic' | 'llm';
}

/** One section of the draft. */
export interface PostmortemSection {
  readonly name: PostmortemSectionName;
  readonly title: string;
  /** In reading order. Never empty: a section without data holds one `no-data` statement. */
  readonly statements: readonly PostmortemStatement[];
  /** `no-data` when the timeline holds nothing this section can be built from. */
  readonly status: 'drafted' | 'no-data';
  /** `llm` when the statements were written by the model (and their citations checked). */
  readonly origin: 'deterministic' | 'llm';
}

/** How the optional language model did. */
export interface PostmortemLlmUsage {
  readonly providerId: string;
  readonly modelId: string;
  /** Sections whose statements the model wrote. */
  readonly sectionsWritten: readonly PostmortemSectionName[];
  /** Model statements dropped because they cited nothing, or ids that are not in the timeline. */
  readonly droppedStatements: number;
  /** Model statements whose causal wording about a change was hedged to co-occurrence. */
  readonly hedgedStatements: number;
  /** Sections the model was asked for but that kept their deterministic text, and why. */
  readonly failures: readonly { readonly section: PostmortemSectionName; readonly reason: string }[];
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/** A drafted post-mortem: the structured sections (every claim checkable) and their Markdown rendering. */
export interface PostmortemDraft {
  readonly incidentId: string;
  readonly title: string;
  /** When the draft was made (UTC, ISO 8601). */
  readonly generatedAt: string;
  /** Every section, in {@link POSTMORTEM_SECTION_NAMES} order, whether or not the template shows it. */
  readonly sections: readonly PostmortemSection[];
  /** The template filled in. */
  readonly markdown: string;
  /** Affected services, most affected first; for retrieval metadata. */
  readonly services: readonly string[];
  /** Alert names (the `alertname` label, else the title); for retrieval metadata. */
  readonly alerts: readonly string[];
  /** The recorded resolution summary, or `null` when none was recorded. */
  readonly resolution: string | null;
  /** Incident start (first signal) and end (resolution), when known (UTC, ISO 8601). */
  readonly startedAt: string | null;
  readonly resolvedAt: string | null;
  /** `null` when no model was given. */
  readonly llm: PostmortemLlmUsage | null;
  /** Degraded but usable: skipped timeline lines, model failures. */
  readonly warnings: readonly string[];
}
