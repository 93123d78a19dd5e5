import type { PostmortemSectionName } from '../postmortem-draft.js';

/**
 * Sections a language model may write. The timeline (every entry, verbatim), the root-cause hypotheses
 * (ranked changes with their co-occurrence label) and the action items stay deterministic.
 */
export const LLM_SECTION_NAMES = [
  'summary',
  'impact',
  'detection',
  'resolution',
  'went-well',
  'went-badly',
] as const;
/** One of {@link LLM_SECTION_NAMES}. */
export type LlmSectionName = (typeof LLM_SECTION_NAMES)[number] & PostmortemSectionName;

/** What each section should say, for the prompt. */
export const LLM_SECTION_PURPOSES: Readonly<Record<LlmSectionName, string>> = {
  summary: 'a short overview in 2 to 4 statements: what happened, what it affected, how it ended',
  impact: 'how long the impact lasted and which services it affected',
  detection: 'how and when the incident was detected and acknowledged',
  resolution: 'what was decided and done, and how the incident was resolved',
  'went-well': 'what went well in detection, triage and response',
  'went-badly': 'what went badly or slowly in detection, triage and response',
};

/** Sections written by the model when one is given and `llmSections` is not set. */
export const DEFAULT_LLM_SECTIONS: readonly LlmSectionName[] = ['summary', 'went-well', 'went-badly'];
