import { hedgeCausalLanguage, LlmOutputParseError } from '@triagekit/core';
import { z } from 'zod';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { MAX_LLM_STATEMENTS } from './build-llm-section-prompt.js';

const answerSchema = z.object({
  statements: z.array(
    z.object({
      text: z.string(),
      entryIds: z.array(z.string()).default([]),
      evidenceIds: z.array(z.string()).default([]),
    }),
  ),
});

/** The statements of a model answer that survived the citation check. */
export interface ParsedLlmStatements {
  readonly statements: PostmortemStatement[];
  /** Statements left out: empty, citing no entry, or citing an id that is not in the timeline. */
  readonly dropped: number;
  /** Kept statements whose causal wording was hedged to co-occurrence. */
  readonly hedged: number;
}

function extractJson(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start === -1 || end < start) throw new SyntaxError('no JSON object in the answer');
  return JSON.parse(text.slice(start, end + 1));
}

/**
 * Parses a model's section answer and keeps only statements whose citations resolve: at least one timeline
 * entry id, every entry id in `entryIds`, every evidence id in `evidenceIds`. Causal wording is hedged.
 * @throws LlmOutputParseError when the answer is not the expected JSON.
 */
export function parseLlmStatements(
  text: string,
  known: { providerId: string; entryIds: ReadonlySet<string>; evidenceIds: ReadonlySet<string> },
): ParsedLlmStatements {
  let answer: z.infer<typeof answerSchema>;
  try {
    answer = answerSchema.parse(extractJson(text));
  } catch (error) {
    throw new LlmOutputParseError({
      providerId: known.providerId,
      text,
      message: `The model's answer is not {"statements": [...]} JSON: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`,
      cause: error,
    });
  }
  const statements: PostmortemStatement[] = [];
  let dropped = 0;
  let hedged = 0;
  for (const candidate of answer.statements) {
    const body = candidate.text.trim();
    const cited =
      candidate.entryIds.length > 0 &&
      candidate.entryIds.every((id) => known.entryIds.has(id)) &&
      candidate.evidenceIds.every((id) => known.evidenceIds.has(id));
    if (body === '' || !cited || statements.length >= MAX_LLM_STATEMENTS) {
      dropped += 1;
      continue;
    }
    const hedging = hedgeCausalLanguage(body);
    if (hedging.rewritten) hedged += 1;
    statements.push({
      kind: 'fact',
      text: hedging.text,
      entryIds: [...new Set(candidate.entryIds)],
      evidenceIds: [...new Set(candidate.evidenceIds)],
      origin: 'llm',
    });
  }
  return { statements, dropped, hedged };
}
