import { assertSpecificationVersion, InvalidInputError, type LlmProviderV1 } from '@triagekit/core';
import { formatTimelineProblem, type IncidentTimeline } from '../timeline/incident-timeline.js';
import { collectIncidentFacts, type IncidentFacts } from './incident-facts.js';
import { DEFAULT_LLM_SECTIONS, LLM_SECTION_NAMES, type LlmSectionName } from './llm/llm-section-names.js';
import { writeSectionsWithLlm } from './llm/write-sections-with-llm.js';
import {
  POSTMORTEM_SECTION_NAMES,
  POSTMORTEM_SECTION_TITLES,
  type PostmortemDraft,
  type PostmortemLlmUsage,
  type PostmortemSection,
  type PostmortemSectionName,
  type PostmortemStatement,
} from './postmortem-draft.js';
import { draftActionItemsSection } from './sections/action-items-section.js';
import { draftDetectionSection } from './sections/detection-section.js';
import { draftImpactSection } from './sections/impact-section.js';
import { draftResolutionSection } from './sections/resolution-section.js';
import { draftRetrospectiveSections } from './sections/retrospective-sections.js';
import type { RetrospectiveTargets } from './sections/retrospective-targets.js';
import { draftRootCauseSection } from './sections/root-cause-section.js';
import { draftSummarySection } from './sections/summary-section.js';
import { draftTimelineSection } from './sections/timeline-section.js';
import { DEFAULT_POSTMORTEM_TEMPLATE } from './template/default-postmortem-template.js';
import { parsePostmortemTemplate } from './template/parse-postmortem-template.js';
import { renderPostmortemMarkdown } from './template/render-postmortem-markdown.js';

/** Options of {@link draftPostmortem}. */
export interface DraftPostmortemOptions {
  /** The recorded timeline, e.g. from `openIncidentTimeline(...).read()`. */
  readonly timeline: IncidentTimeline;
  /** A Markdown template with `{{section:NAME}}` placeholders; default `DEFAULT_POSTMORTEM_TEMPLATE`. */
  readonly template?: string;
  /** Default `Post-mortem: <first alert title>`, or `Post-mortem: incident <id>` without alerts. */
  readonly title?: string;
  /** Optional model for the prose sections; without one the draft is fully deterministic. */
  readonly llm?: LlmProviderV1;
  /** Sections the model writes; default `summary`, `went-well`, `went-badly` (see `LLM_SECTION_NAMES`). */
  readonly llmSections?: readonly LlmSectionName[];
  /** Output token cap per model call. Default 1,200. */
  readonly maxOutputTokens?: number;
  /** Time limit per model call, in milliseconds. Default 60,000. */
  readonly llmTimeoutMs?: number;
  /** Targets the what-went-well / what-went-badly heuristics judge against. */
  readonly targets?: RetrospectiveTargets;
  /** Clock for `generatedAt`; default the system clock. */
  readonly now?: () => Date;
  readonly abortSignal?: AbortSignal;
}

function deterministicSections(facts: IncidentFacts, targets?: RetrospectiveTargets) {
  const retrospective = draftRetrospectiveSections(facts, targets);
  return new Map<PostmortemSectionName, readonly PostmortemStatement[]>([
    ['summary', draftSummarySection(facts)],
    ['impact', draftImpactSection(facts)],
    ['detection', draftDetectionSection(facts)],
    ['timeline', draftTimelineSection(facts)],
    ['root-cause', draftRootCauseSection(facts)],
    ['resolution', draftResolutionSection(facts)],
    ['went-well', retrospective.wentWell],
    ['went-badly', retrospective.wentBadly],
    ['action-items', draftActionItemsSection(facts)],
  ]);
}

function validateLlmSections(sections: readonly string[]): readonly LlmSectionName[] {
  const allowed: readonly string[] = LLM_SECTION_NAMES;
  const wrong = sections.filter((section) => !allowed.includes(section));
  if (wrong.length > 0) {
    throw new InvalidInputError({
      source: 'draftPostmortem options',
      issues: wrong.map((section) => ({
        path: 'llmSections',
        message: `"${section}" cannot be written by a model; choose from ${LLM_SECTION_NAMES.join(', ')}`,
      })),
    });
  }
  return sections as readonly LlmSectionName[];
}

/**
 * Drafts a post-mortem from an incident's timeline, section by section (see `POSTMORTEM_SECTION_NAMES`).
 * Every section is first built deterministically from the recorded entries and the triage reports'
 * findings, each statement citing its timeline entries and evidence; sections the data cannot support say
 * so. Root-cause statements are hypotheses from the ranked changes, labelled co-occurring and not proven
 * causal. With `llm`, the prose sections are rewritten by the model; its statements are kept only if their
 * citations resolve (the rest are dropped and counted), and a failing model leaves the deterministic text.
 * @throws InvalidInputError for a template with unknown placeholders or an invalid `llmSections` entry,
 * before any model call; UnsupportedSpecificationVersionError for a model of another spec version;
 * AbortedError when `abortSignal` aborts during a model call.
 */
export async function draftPostmortem(options: DraftPostmortemOptions): Promise<PostmortemDraft> {
  const template = parsePostmortemTemplate(options.template ?? DEFAULT_POSTMORTEM_TEMPLATE);
  const llmSections = validateLlmSections(options.llmSections ?? DEFAULT_LLM_SECTIONS);
  if (options.llm) assertSpecificationVersion(options.llm, 'LLM provider', 'providerId');
  const facts = collectIncidentFacts(options.timeline);
  const deterministic = deterministicSections(facts, options.targets);
  let llm: PostmortemLlmUsage | null = null;
  let written = new Map<PostmortemSectionName, PostmortemStatement[]>();
  if (options.llm && llmSections.length > 0) {
    const outcome = await writeSectionsWithLlm({
      llm: options.llm,
      sections: llmSections,
      facts,
      deterministic,
      maxOutputTokens: options.maxOutputTokens ?? 1_200,
      timeoutMs: options.llmTimeoutMs ?? 60_000,
      abortSignal: options.abortSignal,
    });
    llm = outcome.usage;
    written = outcome.written;
  }
  const sections: PostmortemSection[] = POSTMORTEM_SECTION_NAMES.map((name) => {
    const byModel = written.get(name);
    const statements = byModel ?? deterministic.get(name) ?? [];
    return {
      name,
      title: POSTMORTEM_SECTION_TITLES[name],
      statements,
      status: statements.every((statement) => statement.kind === 'no-data') ? 'no-data' : 'drafted',
      origin: byModel ? 'llm' : 'deterministic',
    };
  });
  const firstAlert = facts.alerts[0]?.alert;
  const warnings = [
    ...options.timeline.problems.map((problem) => `Skipped timeline line ${formatTimelineProblem(problem)}`),
    ...(llm?.failures.map(
      (failure) =>
        `The model did not write "${failure.section}" (${failure.reason}); the deterministic section is used.`,
    ) ?? []),
    ...(llm && llm.droppedStatements > 0
      ? [`${llm.droppedStatements} model statement(s) dropped: their citations did not resolve.`]
      : []),
  ];
  const draft: Omit<PostmortemDraft, 'markdown'> = {
    incidentId: facts.incidentId,
    title:
      options.title ??
      (firstAlert ? `Post-mortem: ${firstAlert.title}` : `Post-mortem: incident ${facts.incidentId}`),
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    sections,
    services: facts.services.map((service) => service.name),
    alerts: [...new Set(facts.alerts.map((entry) => entry.alert.labels.alertname ?? entry.alert.title))],
    resolution: facts.resolved?.summary ?? null,
    startedAt: facts.firstSignal?.time ?? null,
    resolvedAt: facts.resolved?.time ?? null,
    llm,
    warnings,
  };
  return { ...draft, markdown: renderPostmortemMarkdown(draft, template) };
}
