import { AbortedError, type LlmProviderV1 } from '@triagekit/core';
import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemLlmUsage, PostmortemSectionName, PostmortemStatement } from '../postmortem-draft.js';
import { buildLlmSectionPrompt, MAX_LLM_STATEMENTS } from './build-llm-section-prompt.js';
import type { LlmSectionName } from './llm-section-names.js';
import { parseLlmStatements } from './parse-llm-statements.js';

/** Options of {@link writeSectionsWithLlm}. */
export interface WriteSectionsWithLlmOptions {
  readonly llm: LlmProviderV1;
  readonly sections: readonly LlmSectionName[];
  readonly facts: IncidentFacts;
  /** The deterministic statements of each section: shown to the model, and kept when it fails. */
  readonly deterministic: ReadonlyMap<PostmortemSectionName, readonly PostmortemStatement[]>;
  readonly maxOutputTokens: number;
  readonly timeoutMs: number;
  readonly abortSignal?: AbortSignal;
}

const JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['statements'],
  properties: {
    statements: {
      type: 'array',
      maxItems: MAX_LLM_STATEMENTS,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'entryIds', 'evidenceIds'],
        properties: {
          text: { type: 'string' },
          entryIds: { type: 'array', items: { type: 'string' } },
          evidenceIds: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const;

function describeFailure(error: unknown, timeoutMs: number, timedOut: boolean): string {
  if (timedOut) return `no answer within ${timeoutMs} ms`;
  return error instanceof Error
    ? `${error.name}: ${error.message}`.slice(0, 300)
    : String(error).slice(0, 300);
}

/**
 * Asks the model for each section in turn (one call per section, temperature 0, JSON answer) and keeps its
 * statements when at least one survives the citation check. A failing, slow or unparseable answer leaves
 * the deterministic section and is listed in `failures`; nothing here throws except on the caller's abort.
 * @returns the sections the model wrote and the usage record.
 * @throws AbortedError when `abortSignal` aborts.
 */
export async function writeSectionsWithLlm(
  options: WriteSectionsWithLlmOptions,
): Promise<{ written: Map<PostmortemSectionName, PostmortemStatement[]>; usage: PostmortemLlmUsage }> {
  const { llm, facts } = options;
  const known = {
    providerId: llm.providerId,
    entryIds: new Set(facts.entries.map((entry) => entry.id)),
    evidenceIds: facts.evidenceIds,
  };
  const written = new Map<PostmortemSectionName, PostmortemStatement[]>();
  const failures: { section: PostmortemSectionName; reason: string }[] = [];
  let droppedStatements = 0;
  let hedgedStatements = 0;
  let inputTokens = 0;
  let outputTokens = 0;
  for (const section of options.sections) {
    if (options.abortSignal?.aborted)
      throw new AbortedError({ operation: 'Drafting the post-mortem', cause: options.abortSignal.reason });
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.abortSignal ? AbortSignal.any([options.abortSignal, timeout]) : timeout;
    try {
      const result = await llm.doGenerate({
        messages: buildLlmSectionPrompt(section, facts, options.deterministic.get(section) ?? []),
        maxOutputTokens: options.maxOutputTokens,
        temperature: 0,
        responseFormat: { type: 'json', name: 'postmortem_section', schema: JSON_SCHEMA },
        abortSignal: signal,
      });
      inputTokens += result.usage.inputTokens;
      outputTokens += result.usage.outputTokens;
      const parsed = parseLlmStatements(result.text, known);
      droppedStatements += parsed.dropped;
      hedgedStatements += parsed.hedged;
      if (parsed.statements.length > 0) written.set(section, parsed.statements);
      else
        failures.push({
          section,
          reason: `none of the model's statements cited timeline entries that exist (${parsed.dropped} dropped)`,
        });
    } catch (error) {
      if (options.abortSignal?.aborted) {
        throw new AbortedError({ operation: 'Drafting the post-mortem', cause: error });
      }
      failures.push({ section, reason: describeFailure(error, options.timeoutMs, timeout.aborted) });
    }
  }
  return {
    written,
    usage: {
      providerId: llm.providerId,
      modelId: llm.modelId,
      sectionsWritten: [...written.keys()],
      droppedStatements,
      hedgedStatements,
      failures,
      inputTokens,
      outputTokens,
    },
  };
}
