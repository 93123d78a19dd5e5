import { LlmOutputParseError } from '../errors/llm-output-parse-error.js';
import { type SummaryAnswer, summaryAnswerSchema } from './summary-answer-schema.js';

/** The JSON object in a reply that may wrap it in a Markdown fence or a sentence. */
function jsonText(text: string): string {
  const trimmed = text.trim();
  const fenced = /^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i.exec(trimmed);
  if (fenced?.[1] !== undefined) return fenced[1].trim();
  if (trimmed.startsWith('{')) return trimmed;
  const start = trimmed.indexOf('{');
  const end = trimmed.lastIndexOf('}');
  return start >= 0 && end > start ? trimmed.slice(start, end + 1) : trimmed;
}

/**
 * Parses and validates a model's summary answer. Accepts the object alone, in a ```json fence, or with a
 * sentence around it.
 * @throws LlmOutputParseError when the text holds no valid JSON, or the JSON lacks a field or has one of the
 *   wrong type; the message says which, and `text` keeps the raw answer.
 */
export function parseSummaryAnswer(text: string, providerId: string): SummaryAnswer {
  let value: unknown;
  try {
    value = JSON.parse(jsonText(text));
  } catch (error) {
    throw new LlmOutputParseError({
      providerId,
      text,
      message: `The answer of "${providerId}" is not valid JSON (${(error as Error).message}); it began ${JSON.stringify(text.slice(0, 80))}.`,
      cause: error,
    });
  }
  const parsed = summaryAnswerSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new LlmOutputParseError({
    providerId,
    text,
    message: `The answer of "${providerId}" does not have the expected fields: ${issues}.`,
    cause: parsed.error,
  });
}
