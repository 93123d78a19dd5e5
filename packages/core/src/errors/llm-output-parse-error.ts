import { TriageError } from './triage-error.js';

const marker = 'triagekit.error.llm-output-parse';
const symbol = Symbol.for(marker);

/** A model answered, but its output could not be parsed or validated. */
export class LlmOutputParseError extends TriageError {
  /** Brand checked by `isInstance`; works across duplicate package copies. */
  readonly [symbol] = true;
  readonly providerId: string;
  /** The raw text the model returned (already redacted, as the prompt was). */
  readonly text: string;

  constructor(options: { providerId: string; text: string; message: string; cause?: unknown }) {
    super({ name: 'TriageLlmOutputParseError', message: options.message, cause: options.cause });
    this.providerId = options.providerId;
    this.text = options.text;
  }

  static override isInstance(error: unknown): error is LlmOutputParseError {
    return TriageError.hasMarker(error, marker);
  }
}
