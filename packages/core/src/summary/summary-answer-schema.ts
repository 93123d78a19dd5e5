import { z } from 'zod';

/** The four answers of a summary, in report order. */
export const SUMMARY_SECTION_KEYS = [
  'affectedServices',
  'sequenceOfEvents',
  'errorPatterns',
  'areasToInvestigate',
] as const;

const wireClaimSchema = z.strictObject({
  text: z.string().describe('One sentence.'),
  evidenceIds: z
    .array(z.string())
    .describe('Ids copied from id="..." or cites="..." attributes of the data.'),
});

// Strict and free of length limits, so OpenAI structured outputs (strict mode) and Anthropic accept it.
const wireAnswerSchema = z.strictObject({
  overview: wireClaimSchema,
  affectedServices: z.array(wireClaimSchema),
  sequenceOfEvents: z.array(wireClaimSchema),
  errorPatterns: z.array(wireClaimSchema),
  areasToInvestigate: z.array(wireClaimSchema),
});

function toJsonSchema(): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(wireAnswerSchema, { target: 'draft-2020-12' });
  return schema;
}

/** JSON Schema of the answer, as sent in `responseFormat.schema` (no `$schema` key; some APIs reject it). */
export const SUMMARY_ANSWER_JSON_SCHEMA: Readonly<Record<string, unknown>> = toJsonSchema();

// Parsing is more forgiving than the wire schema: extra keys are ignored, a missing `evidenceIds` counts as
// an uncited claim (dropped and counted later) and a bare string overview as an uncited overview.
const claimSchema = z.union([
  z.object({ text: z.string(), evidenceIds: z.array(z.string()).default([]) }),
  z.string().transform((text) => ({ text, evidenceIds: [] as string[] })),
]);

/** What the model must answer: an overview and four lists of claims, each citing ids. */
export const summaryAnswerSchema = z.object({
  overview: claimSchema,
  affectedServices: z.array(claimSchema),
  sequenceOfEvents: z.array(claimSchema),
  errorPatterns: z.array(claimSchema),
  areasToInvestigate: z.array(claimSchema),
});

/** A parsed model answer, before grounding. */
export type SummaryAnswer = z.infer<typeof summaryAnswerSchema>;
/** One claim of a model answer, before grounding. */
export type SummaryAnswerClaim = SummaryAnswer['overview'];
