import { z } from 'zod';
import { severitySchema } from './severity.js';
import { timestampSchema } from './timestamp.js';

const evidenceIdsSchema = z.array(z.string().min(1)).min(1, 'a finding must cite at least one evidence id');

const findingBase = {
  /** Stable id derived from the analyzer and the finding's identity. */
  id: z.string().min(1).max(128),
  /** The analyzer that produced it. */
  analyzerId: z.string().min(1).max(128),
  /** One line for humans. */
  title: z.string().min(1).max(2048),
  /** Evidence this finding rests on; every id resolves in `report.evidence`. */
  evidenceIds: evidenceIdsSchema,
};

/** A service the incident affects, with a score and the reasons for it. */
export const affectedServiceFindingSchema = z.object({
  ...findingBase,
  type: z.literal('affected-service'),
  service: z.string().min(1),
  /** Higher is more affected; only comparable within one report. */
  score: z.number(),
  reasons: z.array(z.string()).min(1),
});

/** One entry of the merged timeline. */
export const timelineEntryFindingSchema = z.object({
  ...findingBase,
  type: z.literal('timeline-entry'),
  time: timestampSchema,
  service: z.string().nullable(),
  severity: severitySchema,
  /** What kind of thing happened: `alert`, `change`, `pattern-onset`, `event`, `metric`, `note`. */
  entryKind: z.enum(['alert', 'change', 'pattern-onset', 'event', 'metric', 'note']),
});

/** A group of similar error/warning lines. */
export const errorPatternFindingSchema = z.object({
  ...findingBase,
  type: z.literal('error-pattern'),
  patternId: z.string().min(1),
  template: z.string(),
  count: z.number().int().nonnegative(),
  firstSeen: timestampSchema,
  lastSeen: timestampSchema,
  services: z.array(z.string()),
  severity: severitySchema,
  /** True when the pattern was absent before the onset (set by analyzers that track a baseline). */
  novel: z.boolean().optional(),
  /** Busiest time bucket divided by one plus the mean of the others: at most about 1 when steady, large for bursts. */
  burstScore: z.number().nonnegative().optional(),
});

/** When the trouble started, as the analyzers judge it, and on what basis. */
export const onsetFindingSchema = z.object({
  ...findingBase,
  type: z.literal('onset'),
  time: timestampSchema,
  basis: z.enum(['error-onset', 'alert-start']),
});

/** Label carried by every change candidate: proximity in time is not proof. */
export const CO_OCCURRING_LABEL = 'co-occurring — not proven causal';

/** A change that happened near the onset, ranked by proximity and whether it touches an affected service. */
export const changeFindingSchema = z.object({
  ...findingBase,
  type: z.literal('change'),
  time: timestampSchema,
  service: z.string().nullable(),
  /** Minutes from the change to the onset; negative when the change came after it. */
  minutesBeforeOnset: z.number(),
  touchesAffectedService: z.boolean(),
  score: z.number(),
  causality: z.literal(CO_OCCURRING_LABEL),
});

/** A place a human should look next. Text only: triagekit never acts on it. */
export const suggestionFindingSchema = z.object({
  ...findingBase,
  type: z.literal('suggestion'),
  detail: z.string(),
  /** 1 is the most important. */
  priority: z.number().int().positive(),
});

/** Anything else a custom analyzer wants to report. */
export const observationFindingSchema = z.object({
  ...findingBase,
  type: z.literal('observation'),
  detail: z.string().optional(),
  severity: severitySchema.optional(),
});

/**
 * Evidence that reads like instructions to a language model ("ignore previous instructions", a forged
 * `</data>` delimiter, `curl … | sh`). One finding per matched rule. Flagged whether or not an LLM is
 * configured; the text still reaches a model only as quoted data.
 */
export const promptInjectionFindingSchema = z.object({
  ...findingBase,
  type: z.literal('prompt-injection'),
  /** The rule that matched, e.g. `ignore-instructions` (see `PROMPT_INJECTION_RULES`). */
  ruleId: z.string().min(1),
  /** Evidence items that matched the rule; `evidenceIds` lists at most 20 of them. */
  count: z.number().int().positive(),
  /** The first matching passage, shortened to 200 characters. */
  excerpt: z.string(),
});

export const findingSchema = z.discriminatedUnion('type', [
  affectedServiceFindingSchema,
  timelineEntryFindingSchema,
  errorPatternFindingSchema,
  onsetFindingSchema,
  changeFindingSchema,
  suggestionFindingSchema,
  observationFindingSchema,
  promptInjectionFindingSchema,
]);

export type Finding = z.infer<typeof findingSchema>;
export type FindingType = Finding['type'];
export type AffectedServiceFinding = z.infer<typeof affectedServiceFindingSchema>;
export type TimelineEntryFinding = z.infer<typeof timelineEntryFindingSchema>;
export type ErrorPatternFinding = z.infer<typeof errorPatternFindingSchema>;
export type OnsetFinding = z.infer<typeof onsetFindingSchema>;
export type ChangeFinding = z.infer<typeof changeFindingSchema>;
export type SuggestionFinding = z.infer<typeof suggestionFindingSchema>;
export type ObservationFinding = z.infer<typeof observationFindingSchema>;
export type PromptInjectionFinding = z.infer<typeof promptInjectionFindingSchema>;

/** What an analyzer returns: a finding whose `id` and `analyzerId` the pipeline may fill in. */
export type FindingInput = Finding extends infer F
  ? F extends Finding
    ? Omit<F, 'id' | 'analyzerId'> & { id?: string; analyzerId?: string }
    : never
  : never;
