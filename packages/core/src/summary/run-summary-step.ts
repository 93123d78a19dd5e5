import { BudgetExceededError } from '../errors/budget-exceeded-error.js';
import { LlmOutputParseError } from '../errors/llm-output-parse-error.js';
import type { TriageBudget } from '../pipeline/triage-pipeline-options.js';
import type { Redactor } from '../redaction/create-redactor.js';
import type { DegradedSource, LlmSummary, TriageReport } from '../schema/triage-report.js';
import type { LlmMessageV1, LlmProviderV1GenerateResult } from '../spec/llm-provider-v1.js';
import type { SummaryPrompt } from './build-summary-prompt.js';
import { callSummaryModel } from './call-summary-model.js';
import { describeSummary } from './describe-summary.js';
import { describeSummaryFailure } from './describe-summary-failure.js';
import { estimateTokens } from './estimate-tokens.js';
import { countPromptTokens, fitSummaryPrompt } from './fit-summary-prompt.js';
import { groundSummaryAnswer } from './ground-summary-answer.js';
import { parseSummaryAnswer } from './parse-summary-answer.js';
import { outputAllowance, promptAllowance, type SummaryUsage, tokenCost } from './summary-call-allowance.js';
import { SUMMARY_DEFAULTS, type SummaryOptions } from './summary-options.js';

/** What the summary step adds to a report. */
export interface SummaryStepResult {
  readonly summary: LlmSummary | null;
  /** `report.summaryStatus`: what the summary holds, or exactly why there is none. */
  readonly status: string;
  /** Entries for `report.degradedSources`, stage `summarize`. */
  readonly degraded: readonly DegradedSource[];
  readonly usage: SummaryUsage;
}

/** Least wall time, in milliseconds, worth starting a call with. */
const MINIMUM_CALL_TIME_MS = 1_000;
/** Characters of a broken answer echoed back in a repair request. */
const REPAIR_ECHO_CHARACTERS = 4_000;

/**
 * Runs the summary step on a finished deterministic report: fits the prompt to the budgets (shrinking the
 * context), makes the call if it fits (never otherwise), parses the answer (with at most
 * `maxRepairAttempts` repair calls, each within budget), grounds every claim, hedges causal wording about
 * changes, and unmasks identifiers. Never throws except when `abortSignal` aborts (then it rejects with the
 * signal's reason); every other failure becomes a `null` summary with the reason in `status`.
 */
export async function runSummaryStep(input: {
  readonly report: TriageReport;
  readonly options: SummaryOptions;
  readonly budget: TriageBudget;
  /** `now()` value at which the run's wall-time budget ends. */
  readonly deadline: number;
  readonly now: () => number;
  readonly abortSignal: AbortSignal;
  readonly redactor: Redactor;
}): Promise<SummaryStepResult> {
  const { report, options, budget, now } = input;
  const provider = options.provider;
  const label = `${provider.providerId}/${provider.modelId}`;
  const started = now();
  const usage: SummaryUsage = { promptTokens: 0, outputTokens: 0, costUsd: 0, calls: 0 };
  const maxOutputTokens = options.maxOutputTokens ?? SUMMARY_DEFAULTS.maxOutputTokens;
  const minimumOutputTokens = Math.min(SUMMARY_DEFAULTS.minimumOutputTokens, maxOutputTokens);
  const countTokens = options.countTokens ?? provider.countTokens?.bind(provider) ?? estimateTokens;
  const pricing = options.pricing ?? provider.pricing;
  const timeoutMs = options.timeoutMs ?? SUMMARY_DEFAULTS.timeoutMs;
  const degraded: DegradedSource[] = [];
  const notes: string[] = [];

  const call = async (
    messages: readonly LlmMessageV1[],
    prompt: SummaryPrompt,
    promptTokens: number,
  ): Promise<LlmProviderV1GenerateResult> => {
    const output = outputAllowance({ maxOutputTokens, promptTokens, budget, usage, pricing });
    if (output.tokens < minimumOutputTokens) {
      throw new BudgetExceededError({
        budget: output.budget,
        limit: output.allows,
        required:
          output.budget === 'cost-usd' && pricing
            ? tokenCost(promptTokens, pricing.inputUsdPerMillionTokens) +
              tokenCost(minimumOutputTokens, pricing.outputUsdPerMillionTokens)
            : minimumOutputTokens,
        step: `The summary call to ${label}`,
      });
    }
    const remaining = input.deadline - now();
    const minimumTime = Math.min(MINIMUM_CALL_TIME_MS, timeoutMs);
    if (remaining < minimumTime) {
      throw new BudgetExceededError({
        budget: 'wall-time-ms',
        limit: Math.max(0, Math.floor(remaining)),
        required: minimumTime,
        step: `The summary call to ${label}`,
      });
    }
    const result = await callSummaryModel({
      provider,
      messages,
      responseFormat: prompt.responseFormat,
      maxOutputTokens: output.tokens,
      temperature: options.temperature ?? SUMMARY_DEFAULTS.temperature,
      timeoutMs: Math.min(timeoutMs, remaining),
      abortSignal: input.abortSignal,
      estimatedPromptTokens: promptTokens,
      pricing,
      usage,
    });
    if (result.finishReason === 'length')
      notes.push(`The answer was cut off at ${output.tokens} output tokens (raise summary.maxOutputTokens).`);
    if (result.finishReason === 'content-filter')
      notes.push("The provider's content filter stopped the answer.");
    if (result.warnings && result.warnings.length > 0) {
      degraded.push({
        source: provider.providerId,
        stage: 'summarize',
        status: 'partial',
        message: `${label} warned: ${result.warnings.join(' | ')}`,
        errorName: null,
        durationMs: now() - started,
      });
    }
    return result;
  };

  try {
    const reservedOutput = minimumOutputTokens;
    const promptLimit = promptAllowance({
      maxPromptTokens: options.maxPromptTokens ?? SUMMARY_DEFAULTS.maxPromptTokens,
      reservedOutputTokens: reservedOutput,
      budget,
      usage,
      pricing,
    });
    const fitted = fitSummaryPrompt(report, {
      maxPromptTokens: promptLimit.tokens,
      countTokens,
      maskIdentifiers: options.maskIdentifiers ?? false,
      redactor: input.redactor,
    });
    if (!fitted.fits) {
      throw new BudgetExceededError({
        budget: promptLimit.budget,
        limit: promptLimit.allows,
        required:
          promptLimit.budget === 'cost-usd' && pricing
            ? tokenCost(fitted.smallestPromptTokens, pricing.inputUsdPerMillionTokens) +
              tokenCost(reservedOutput, pricing.outputUsdPerMillionTokens)
            : fitted.smallestPromptTokens,
        step: 'The smallest summary prompt for this incident',
      });
    }
    const prompt = fitted.prompt;
    if (fitted.level > 0)
      notes.push(`The context was shrunk (level ${fitted.level}) to fit the prompt budget.`);
    let result = await call(prompt.messages, prompt, fitted.promptTokens);
    let answer: ReturnType<typeof parseSummaryAnswer>;
    try {
      answer = parseSummaryAnswer(result.text, provider.providerId);
    } catch (error) {
      const repairsAllowed = options.maxRepairAttempts ?? SUMMARY_DEFAULTS.maxRepairAttempts;
      const cutShort = result.finishReason === 'length' || result.finishReason === 'content-filter';
      if (!LlmOutputParseError.isInstance(error) || repairsAllowed < 1 || cutShort) throw error;
      const messages: LlmMessageV1[] = [
        ...prompt.messages,
        { role: 'assistant', content: result.text.slice(0, REPAIR_ECHO_CHARACTERS) },
        {
          role: 'user',
          content: `That answer could not be used: ${error.message.replace(/; it began .*$/, '.')} Answer again with only the JSON object described in the system message.`,
        },
      ];
      const repairTokens = countPromptTokens(messages, prompt.responseFormat.schema, countTokens);
      const repairLimit = promptAllowance({
        maxPromptTokens: Number.POSITIVE_INFINITY,
        reservedOutputTokens: reservedOutput,
        budget,
        usage,
        pricing,
      });
      if (repairTokens > repairLimit.tokens) {
        notes.push(
          `No repair attempt: it would need ${repairTokens} prompt tokens and the ${repairLimit.budget} budget has room for ${repairLimit.tokens}.`,
        );
        throw error;
      }
      try {
        result = await call(messages, prompt, repairTokens);
      } catch (repairError) {
        // A repair the budgets cannot afford leaves the first answer's problem as the reason.
        if (!BudgetExceededError.isInstance(repairError)) throw repairError;
        notes.push(`No repair attempt: ${repairError.message}`);
        throw error;
      }
      notes.push('One repair attempt was made.');
      answer = parseSummaryAnswer(result.text, provider.providerId);
    }
    const grounded = groundSummaryAnswer(answer, {
      citableIds: prompt.citableIds,
      changeIds: prompt.changeIds,
      unmask: prompt.masker ? prompt.masker.unmask : (text) => text,
    });
    const described = describeSummary({
      grounded,
      providerId: provider.providerId,
      modelId: result.response?.modelId ?? provider.modelId,
      maskedIdentifiers: prompt.masker?.size ?? 0,
      notes,
    });
    if (described.summary === null) {
      degraded.push({
        source: provider.providerId,
        stage: 'summarize',
        status: 'failed',
        message: `${described.status} The deterministic findings are complete without it.`,
        errorName: null,
        durationMs: now() - started,
      });
    }
    return { summary: described.summary, status: described.status, degraded, usage };
  } catch (error) {
    if (input.abortSignal.aborted) throw input.abortSignal.reason ?? error;
    const failure = describeSummaryFailure(error, { label, notes });
    degraded.push({
      source: provider.providerId,
      stage: 'summarize',
      status: failure.status,
      message: `${failure.message} The deterministic findings are complete without it.`,
      errorName: error instanceof Error ? error.name : null,
      durationMs: now() - started,
    });
    return { summary: null, status: `No summary: ${failure.message}`, degraded, usage };
  }
}
