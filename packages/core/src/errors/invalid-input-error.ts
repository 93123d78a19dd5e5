import { TriageError } from './triage-error.js';

const marker = 'triagekit.error.invalid-input';
const symbol = Symbol.for(marker);

/** One problem found while validating input: where it is and what is wrong. */
export interface InputIssue {
  /** Dotted path of the offending field, e.g. `alert.startsAt` (empty for the value itself). */
  readonly path: string;
  /** What is wrong with it, e.g. `expected an ISO 8601 date-time, got "yesterday"`. */
  readonly message: string;
}

/**
 * Input (an alert, a config file, a bundle, a plugin's output) failed validation.
 * `issues` names every offending field; the message lists them for humans.
 */
export class InvalidInputError extends TriageError {
  /** Brand checked by `isInstance`; works across duplicate package copies. */
  readonly [symbol] = true;
  /** Where the input came from, e.g. a file path or `alert`. */
  readonly source: string;
  readonly issues: readonly InputIssue[];

  constructor(options: { source: string; issues: readonly InputIssue[]; hint?: string; cause?: unknown }) {
    const lines = options.issues.map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`);
    const hint = options.hint ? `\n${options.hint}` : '';
    super({
      name: 'TriageInvalidInputError',
      message: `Invalid ${options.source}:\n${lines.join('\n')}${hint}`,
      cause: options.cause,
    });
    this.source = options.source;
    this.issues = options.issues;
  }

  static override isInstance(error: unknown): error is InvalidInputError {
    return TriageError.hasMarker(error, marker);
  }
}
