import { TriageError } from './triage-error.js';

const marker = 'triagekit.error.budget-exceeded';
const symbol = Symbol.for(marker);

/** Which per-incident budget a step would exceed. */
export type BudgetKind = 'prompt-tokens' | 'output-tokens' | 'cost-usd' | 'wall-time-ms';

/** A step was not started because it would exceed a per-incident budget. Nothing was sent. */
export class BudgetExceededError extends TriageError {
  /** Brand checked by `isInstance`; works across duplicate package copies. */
  readonly [symbol] = true;
  readonly budget: BudgetKind;
  readonly limit: number;
  readonly required: number;

  constructor(options: { budget: BudgetKind; limit: number; required: number; step: string }) {
    super({
      name: 'TriageBudgetExceededError',
      message: `${options.step} needs ${options.required} ${options.budget} but the budget allows ${options.limit}. Raise the budget or reduce the context.`,
    });
    this.budget = options.budget;
    this.limit = options.limit;
    this.required = options.required;
  }

  static override isInstance(error: unknown): error is BudgetExceededError {
    return TriageError.hasMarker(error, marker);
  }
}
