import type {
  LlmProviderV1,
  LlmProviderV1GenerateOptions,
  LlmProviderV1GenerateResult,
} from '../spec/llm-provider-v1.js';

/** What one scripted answer may be, before functions are called. */
type ScriptedAnswer = string | Partial<LlmProviderV1GenerateResult> | Error;

/**
 * One step of a {@link ScriptedLlmProviderV1} script, answering one `doGenerate` call:
 * - a string: the reply text, with estimated usage and `finishReason: 'stop'`;
 * - a partial result: missing fields filled in the same way;
 * - an `Error`: thrown (as a rejection), e.g. an `ApiCallError` to test retries;
 * - a function of the call's options returning (or resolving to) any of the above, or throwing.
 */
export type ScriptedLlmStepV1 =
  | ScriptedAnswer
  | ((options: LlmProviderV1GenerateOptions) => ScriptedAnswer | Promise<ScriptedAnswer>);

/** Options of {@link ScriptedLlmProviderV1}. */
export interface ScriptedLlmProviderV1Options {
  /** Default `'scripted'`. */
  readonly providerId?: string;
  /** Default `'scripted-model'`. */
  readonly modelId?: string;
  /** Answers, consumed one per call in order. */
  readonly script: readonly ScriptedLlmStepV1[];
}

/**
 * An {@link LlmProviderV1} that answers from a script instead of a model, so tests of prompts, parsing,
 * budgets and retries are exact and offline. Records every call. Rejects with the signal's reason, without
 * consuming a step, when the call's AbortSignal is already aborted; rejects once the script runs out.
 */
export class ScriptedLlmProviderV1 implements LlmProviderV1 {
  /** Always `'v1'`. */
  readonly specificationVersion = 'v1' as const;
  /** From the options; default `'scripted'`. */
  readonly providerId: string;
  /** From the options; default `'scripted-model'`. */
  readonly modelId: string;
  /** The options of every `doGenerate` call, oldest first, including calls that failed. */
  readonly calls: LlmProviderV1GenerateOptions[] = [];
  readonly #script: readonly ScriptedLlmStepV1[];
  #nextStep = 0;

  /** @param options - see {@link ScriptedLlmProviderV1Options}. */
  constructor(options: ScriptedLlmProviderV1Options) {
    this.providerId = options.providerId ?? 'scripted';
    this.modelId = options.modelId ?? 'scripted-model';
    this.#script = [...options.script];
  }

  /** Steps not yet consumed. */
  get remainingSteps(): number {
    return this.#script.length - this.#nextStep;
  }

  /**
   * Answers with the next script step. Usage not given by the step is estimated at one token per four
   * characters (rounded up) of all message contents and of the reply text.
   * @throws the step's error; an `Error` when the script is exhausted; the signal's reason when aborted.
   */
  async doGenerate(options: LlmProviderV1GenerateOptions): Promise<LlmProviderV1GenerateResult> {
    this.calls.push(options);
    options.abortSignal?.throwIfAborted();
    const step = this.#script[this.#nextStep];
    if (step === undefined) {
      throw new Error(
        `ScriptedLlmProviderV1 "${this.providerId}": the script ran out after ${this.#script.length} calls; ` +
          'add steps to the script or expect fewer calls.',
      );
    }
    this.#nextStep += 1;
    const answer = typeof step === 'function' ? await step(options) : step;
    options.abortSignal?.throwIfAborted();
    if (answer instanceof Error) throw answer;
    const partial = typeof answer === 'string' ? { text: answer } : answer;
    const text = partial.text ?? '';
    const inputCharacters = options.messages.reduce((total, message) => total + message.content.length, 0);
    return {
      ...partial,
      text,
      usage: partial.usage ?? {
        inputTokens: estimateTokens(inputCharacters),
        outputTokens: estimateTokens(text.length),
      },
      finishReason: partial.finishReason ?? 'stop',
    };
  }
}

// Roughly four characters per token for English text; good enough for budget tests.
function estimateTokens(characters: number): number {
  return Math.ceil(characters / 4);
}
